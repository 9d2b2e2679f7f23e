package com.providercredentials.analysis;

import com.providercredentials.core.Deadline;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.InputFile;

/**
 * The analysis of one file on its own, as SonarQube for IDE runs it (docs/adr/024). The file's units go through the
 * same detection core as in a whole analysis, with no other file to pair with and no other project to share an
 * account with: a pair split across files and rule SharedAccountSid are for the server's analysis.
 *
 * <p>Every rule's check of a file asks for the file's findings and keeps its own: they are computed once, for the first
 * check, and remembered until the next file (the IDE analyses one file after the other).
 */
public final class OneFileAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(OneFileAnalysis.class);

  private static final Object LOCK = new Object();
  /** What the last findings were computed for: the file's tree, or whatever identifies one reading of the file. */
  private static WeakReference<Object> lastFile = new WeakReference<>(null);
  private static List<Finding> lastFindings = List.of();

  private OneFileAnalysis() {
  }

  /** How a front-end reads a file into its code unit, returning the unit of its comments. */
  @FunctionalInterface
  public interface Reader {
    SourceUnit read(SourceUnit code);
  }

  /**
   * A file read on its own into a unit bounded by the default per-file deadline: its code unit and its comments' unit,
   * or none when reading failed or took too long (one warning naming the file; the analysis goes on).
   */
  public static List<SourceUnit> read(InputFile file, Reader reader) {
    try {
      SourceUnit code = new SourceUnit(ProjectCandidates.fileId(file), "", SourceUnit.Kind.CODE)
        .deadline(Deadline.after(FileTimeout.DEFAULT_MILLIS, System::nanoTime));
      SourceUnit comments = reader.read(code);
      return List.of(code, comments);
    } catch (Deadline.Exceeded e) {
      LOG.warn("Provider Credentials skipped {}: it took too long", file);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {}", file, e.getClass().getSimpleName());
    }
    return List.of();
  }

  /**
   * The findings of {@code rule} in one reading of a file ({@code file}: its identity, compared by reference), the
   * file's findings computed from its units if they are not known yet. A finding that an active built-in rule also
   * reports ({@code builtInActive}) is left to it, as in the server's analysis (docs/adr/020).
   */
  public static List<Finding> findings(String rule, Object file, Supplier<List<SourceUnit>> units, Predicate<String> builtInActive) {
    List<Finding> all;
    synchronized (LOCK) {
      if (lastFile.get() != file) {
        lastFindings = detect(units.get(), builtInActive);
        lastFile = new WeakReference<>(file);
      }
      all = lastFindings;
    }
    return all.stream().filter(finding -> rule.equals(finding.rule())).toList();
  }

  static List<Finding> detect(List<SourceUnit> units, Predicate<String> builtInActive) {
    List<SourceUnit> read = units.stream().filter(unit -> !unit.isEmpty()).toList();
    if (read.isEmpty()) {
      return List.of();
    }
    Detector.Result result = Providers.detector().detect(read);
    return Providers.clientSide().run(read, result.findings()).stream()
      .filter(finding -> finding.alsoReportedBy().stream().noneMatch(builtInActive))
      .toList();
  }
}
