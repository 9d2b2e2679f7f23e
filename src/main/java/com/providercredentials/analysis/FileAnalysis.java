package com.providercredentials.analysis;

import com.providercredentials.core.Deadline;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.files.AndroidXmlFrontEnd;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.files.GradleFrontEnd;
import com.providercredentials.files.JsonFrontEnd;
import com.providercredentials.files.PropertiesFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;

/**
 * Runs the front-ends of the files that no language plugin parses for us: Android resources and the
 * manifest, Gradle scripts, properties and JSON. A file that is too large, binary or malformed is logged
 * once (its name and why, never its content) and skipped.
 */
public final class FileAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(FileAnalysis.class);

  /** Resource and build files larger than this are not read: a 20 MB strings.xml is generated, not written. */
  static final long MAX_FILE_SIZE = 8L * 1024 * 1024;

  public static final List<FileFrontEnd> FRONT_ENDS = List.of(new AndroidXmlFrontEnd(), new GradleFrontEnd(), new PropertiesFrontEnd(), new JsonFrontEnd());

  private final ProjectCandidates candidates;

  FileAnalysis(ProjectCandidates candidates) {
    this.candidates = candidates;
  }

  /**
   * From this many files on, they are read on the common fork-join pool (the project sensor runs alone; each file
   * has its own unit and deadline). Fewer are not worth the hand-over.
   */
  static final int PARALLEL_FROM = 32;

  /** Reads every main file one of the front-ends accepts; returns how many were read. */
  int run(FileSystem fileSystem) {
    List<Job> jobs = new ArrayList<>();
    for (InputFile file : fileSystem.inputFiles(fileSystem.predicates().hasType(InputFile.Type.MAIN))) {
      String path = file.toString().replace('\\', '/');
      for (FileFrontEnd frontEnd : FRONT_ENDS) {
        if (frontEnd.accepts(path, file.language())) {
          // a file another front-end already collected (a script sonar-kotlin did give us) is not read twice
          if (candidates.claim(file)) {
            jobs.add(new Job(file, path, frontEnd));
          }
          break;
        }
      }
    }
    Stream<Job> stream = jobs.size() >= PARALLEL_FROM ? jobs.parallelStream() : jobs.stream();
    // read in any order, added in the file system's order: the findings do not depend on the threads
    List<List<SourceUnit>> units = stream.map(job -> read(job.file(), job.path(), job.frontEnd())).toList();
    int read = 0;
    for (int i = 0; i < jobs.size(); i++) {
      if (units.get(i) != null) {
        for (SourceUnit unit : units.get(i)) {
          candidates.add(jobs.get(i).file(), unit);
        }
        read++;
      }
    }
    return read;
  }

  private record Job(InputFile file, String path, FileFrontEnd frontEnd) {
  }

  /** The file's candidates, then those of its comments; or null if it was skipped (and logged). */
  @Nullable
  private List<SourceUnit> read(InputFile file, String path, FileFrontEnd frontEnd) {
    long start = candidates.nanoTime();
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_SIZE) {
        LOG.warn("Provider Credentials skipped {}: larger than the {} MB read in a {} file", path, MAX_FILE_SIZE / (1024 * 1024), frontEnd.name());
        return null;
      }
      String text = file.contents();
      if (text.indexOf('\0') >= 0) {
        LOG.warn("Provider Credentials skipped {}: binary content in a {} file", path, frontEnd.name());
        return null;
      }
      SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.RESOURCE);
      frontEnd.read(text, unit);
      SourceUnit comments = SourceUnit.commentsOf(unit);
      frontEnd.readComments(text, comments, Providers.detector());
      return List.of(unit, comments);
    } catch (Deadline.Exceeded e) {
      FileTimeout.warn(LOG, path, candidates.fileTimeoutMillis());
    } catch (FileFrontEnd.UnreadableFile e) {
      LOG.warn("Provider Credentials skipped {}: {}", path, e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {} while reading this {} file", path, e.getClass().getSimpleName(), frontEnd.name());
    } finally {
      candidates.timings().file(AnalysisTimings.Part.FILES, candidates.nanoTime() - start);
    }
    return null;
  }
}
