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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
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

  /**
   * Reads every main file one of the front-ends accepts; returns how many were read. Those read ahead (docs/adr/030)
   * are taken as they were read.
   */
  int run(FileSystem fileSystem) {
    // a file another front-end already collected (a script sonar-kotlin did give us) is not read twice
    List<Job> jobs = jobs(fileSystem, candidates::claim);
    List<Job> now = new ArrayList<>();
    for (Job job : jobs) {
      if (candidates.ahead().resource(job.file()) == null) {
        now.add(job);
      }
    }
    Stream<Job> stream = now.size() >= PARALLEL_FROM ? now.parallelStream() : now.stream();
    // read in any order, added in the file system's order: the findings do not depend on the threads
    List<List<SourceUnit>> readNow = stream.map(job -> Objects.requireNonNullElse(read(job, InputFile::contents, this::timed), SKIPPED)).toList();
    Map<Job, List<SourceUnit>> read = new IdentityHashMap<>();
    for (int i = 0; i < now.size(); i++) {
      read.put(now.get(i), readNow.get(i));
    }
    int count = 0;
    for (Job job : jobs) {
      List<SourceUnit> units = read.containsKey(job) ? read.get(job) : candidates.ahead().resource(job.file());
      if (units != SKIPPED) {
        for (SourceUnit unit : units) {
          candidates.add(job.file(), unit);
        }
        count++;
      }
    }
    return count;
  }

  /** What a file that was not read stands for. */
  static final List<SourceUnit> SKIPPED = Collections.unmodifiableList(new ArrayList<>());

  /** The main files one of the front-ends accepts, each with it, in the file system's order; {@code take} chooses. */
  static List<Job> jobs(FileSystem fileSystem, Predicate<InputFile> take) {
    List<Job> jobs = new ArrayList<>();
    for (InputFile file : fileSystem.inputFiles(fileSystem.predicates().hasType(InputFile.Type.MAIN))) {
      String path = file.toString().replace('\\', '/');
      for (FileFrontEnd frontEnd : FRONT_ENDS) {
        if (frontEnd.accepts(path, file.language())) {
          if (take.test(file)) {
            jobs.add(new Job(file, path, frontEnd));
          }
          break;
        }
      }
    }
    return jobs;
  }

  record Job(InputFile file, String path, FileFrontEnd frontEnd) {
  }

  /** How a file's text is read: by the scanner, or, ahead of the language sensors, from the disk (docs/adr/030). */
  @FunctionalInterface
  interface TextSource {
    String text(InputFile file) throws IOException;
  }

  private void timed(long nanos) {
    candidates.timings().file(AnalysisTimings.Part.FILES, nanos);
  }

  /** The file's candidates, then those of its comments; or null if it was skipped (and logged). */
  @Nullable
  List<SourceUnit> read(Job job, TextSource source, LongConsumer elapsed) {
    InputFile file = job.file();
    String path = job.path();
    FileFrontEnd frontEnd = job.frontEnd();
    long start = candidates.nanoTime();
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_SIZE) {
        LOG.warn("Provider Credentials skipped {}: larger than the {} MB read in a {} file", path, MAX_FILE_SIZE / (1024 * 1024), frontEnd.name());
        return null;
      }
      String text = source.text(file);
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
      elapsed.accept(candidates.nanoTime() - start);
    }
    return null;
  }
}
