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
import java.util.List;
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

  public JavaCandidateScanner(ProjectCandidates candidates, Detector detector) {
    this.candidates = candidates;
    this.detector = detector;
    this.readers = FileReaders.of(detector);
  }

  /**
   * Reads one file into {@code unit} and returns the unit of its comments. A file sonar-java could not parse is read as
   * tokens (docs/adr/016); a file whose text shows that its code can give nothing is not walked (docs/adr/025). Shared
   * with the IDE check ({@link JavaIdeCheck}).
   */
  static SourceUnit read(JavaFileScannerContext context, SourceUnit unit, Detector detector, FileReaders readers) {
    InputFile file = context.getInputFile();
    String text = context.getFileContent();
    // a file whose code can give nothing is not walked: its comments are still read
    boolean walk = readers.gate().mayMatter(file.filename(), text);
    if (walk && context.getTree() != null && context.fileParsed()) {
      JavaFileVisitor visitor = new JavaFileVisitor(unit, detector);
      visitor.collect(context.getTree());
      if (visitor.tooDeep()) {
        LOG.warn("Provider Credentials skipped the parts of {} nested deeper than {} levels", file, JavaFileVisitor.MAX_DEPTH);
      }
    } else if (walk) {
      // sonar-java could not parse it (and logged why): its strings, names and calls are read as tokens
      LOG.info("Provider Credentials read {} as tokens: sonar-java could not parse it", file);
      new TextReader(detector).read(CodeComments.withoutComments(text, false), 1, 0, List.of(), unit);
    }
    SourceUnit commented = SourceUnit.commentsOf(unit);
    readers.comments().read(text, false, commented);
    return commented;
  }

  @Override
  public void scanFile(JavaFileScannerContext context) {
    InputFile file = context.getInputFile();
    long start = candidates.nanoTime();
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE);
    try {
      SourceUnit commented = read(context, unit, detector, readers);
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
}
