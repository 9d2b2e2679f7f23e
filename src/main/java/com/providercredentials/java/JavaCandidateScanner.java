package com.providercredentials.java;

import com.providercredentials.core.Deadline;
import com.providercredentials.core.Detector;
import com.providercredentials.analysis.AnalysisTimings;
import com.providercredentials.analysis.FileTimeout;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.lowering.CodeComments;
import com.providercredentials.lowering.FileReaders;
import com.providercredentials.lowering.TextReader;
import com.providercredentials.analysis.ReadAhead;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;

/**
 * The Java front-end: runs inside sonar-java's sensor as a shared check (it raises no issue itself),
 * turns each main source file into candidates for the detection core, and hands them to the analysis'
 * {@link ProjectCandidates}. The issues are raised once every file of the project has been seen.
 */
public class JavaCandidateScanner implements JavaFileScanner {

  private static final Logger LOG = LoggerFactory.getLogger(JavaCandidateScanner.class);

  private final ProjectCandidates candidates;
  private final Detector detector;
  private final FileReaders readers;
  @Nullable
  private final FileSystem fileSystem;

  public JavaCandidateScanner(ProjectCandidates candidates, Detector detector) {
    this(candidates, detector, null);
  }

  /** With the module's files, whose text is read ahead of sonar-java's trees (docs/adr/030). */
  public JavaCandidateScanner(ProjectCandidates candidates, Detector detector, @Nullable FileSystem fileSystem) {
    this.candidates = candidates;
    this.detector = detector;
    this.readers = FileReaders.of(detector);
    this.fileSystem = fileSystem;
  }

  /**
   * Reads one file into {@code unit} and returns the unit of its comments. A file sonar-java could not parse is read as
   * tokens (docs/adr/016); a file whose text shows that its code can give nothing is not walked (docs/adr/025). What the
   * text alone decides comes {@code ahead} when it was read ahead (docs/adr/030), and is read now otherwise. Shared
   * with the IDE check ({@link JavaIdeCheck}).
   */
  static SourceUnit read(JavaFileScannerContext context, SourceUnit unit, Detector detector, FileReaders readers, @Nullable ReadAhead.Text ahead) {
    InputFile file = context.getInputFile();
    String text = null;
    ReadAhead.Text decided = ahead;
    if (decided == null) {
      text = context.getFileContent();
      SourceUnit comments = SourceUnit.commentsOf(unit);
      decided = new ReadAhead.Text(textWork(readers).read(file, text, comments), comments);
    }
    // a file whose code can give nothing is not walked: its comments are still read
    if (decided.walk() && context.getTree() != null && context.fileParsed()) {
      JavaFileVisitor visitor = new JavaFileVisitor(unit, detector);
      visitor.collect(context.getTree());
      if (visitor.tooDeep()) {
        LOG.warn("Provider Credentials skipped the parts of {} nested deeper than {} levels", file, JavaFileVisitor.MAX_DEPTH);
      }
    } else if (decided.walk()) {
      // sonar-java could not parse it (and logged why): its strings, names and calls are read as tokens
      LOG.info("Provider Credentials read {} as tokens: sonar-java could not parse it", file);
      String content = text != null ? text : context.getFileContent();
      new TextReader(detector).read(CodeComments.withoutComments(content, false), 1, 0, List.of(), unit);
    }
    return decided.comments().traitsOf(unit);
  }

  /** What a Java file's text decides before its tree is walked: whether to walk it, and its comments. */
  static ReadAhead.Work textWork(FileReaders readers) {
    return (file, text, comments) -> {
      boolean walk = readers.gate().mayMatter(file.filename(), text);
      readers.comments().read(text, false, comments);
      return walk;
    };
  }

  @Override
  public void scanFile(JavaFileScannerContext context) {
    InputFile file = context.getInputFile();
    long start = candidates.nanoTime();
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE);
    try {
      SourceUnit commented = read(context, unit, detector, readers, ahead(file));
      candidates.add(file, unit);
      candidates.add(file, commented);
    } catch (Deadline.Exceeded e) {
      FileTimeout.warn(LOG, file, candidates.fileTimeoutMillis());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {}", file, e.getClass().getSimpleName());
      LOG.debug("Provider Credentials failure on {}", file, e);
    } finally {
      candidates.timings().file(AnalysisTimings.Part.JAVA, candidates.nanoTime() - start);
    }
  }

  /**
   * The file's text work, read ahead; on the first file, the module's main Java files start being read ahead, then its
   * resource and build files.
   */
  @Nullable
  private ReadAhead.Text ahead(InputFile file) {
    if (fileSystem == null) {
      return null;
    }
    return candidates.ahead().take("java", file, fileSystem, false, textWork(readers));
  }
}
