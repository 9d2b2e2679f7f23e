package com.providercredentials.kotlin;

import com.providercredentials.analysis.AnalysisTimings;
import com.providercredentials.analysis.FileTimeout;
import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.analysis.Providers;
import com.providercredentials.core.Deadline;
import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.CodeComments;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import kotlin.Unit;
import org.jetbrains.kotlin.psi.KtFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.InputFile;
import org.sonarsource.kotlin.api.checks.AbstractCheck;
import org.sonarsource.kotlin.api.frontend.KotlinFileContext;

/**
 * The Kotlin front-end as sonar-kotlin runs it: once per main file, on the tree sonar-kotlin has parsed, it
 * hands the file's candidates to the analysis; it raises no issue itself. One subclass per rule key is
 * generated at build time; whichever of them are active, each file is collected once.
 */
public abstract class KotlinCollector extends AbstractCheck {

  private static final Logger LOG = LoggerFactory.getLogger(KotlinCollector.class);

  /** The analyses whose settings were read (weakly held: one per analysis). */
  private static final Set<ProjectCandidates> CONFIGURED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public Unit visitKtFile(KtFile file, KotlinFileContext context) {
    InputFile inputFile = context.getInputFileContext().getInputFile();
    ProjectCandidates.current().ifPresent(candidates -> {
      if (inputFile.type() == InputFile.Type.MAIN && candidates.claim(inputFile)) {
        if (CONFIGURED.add(candidates)) {
          candidates.configure(context.getInputFileContext().getSensorContext().config());
        }
        collect(candidates, inputFile, file);
      }
    });
    return Unit.INSTANCE;
  }

  /** One reader of comments for all files: it remembers the comments it has read (CodeComments). */
  private static volatile CodeComments commentReader;

  /** The credentials in the comments of a Kotlin file (block comments nest in Kotlin), in a unit of their own. */
  public static SourceUnit comments(SourceUnit code, String text) {
    SourceUnit comments = SourceUnit.commentsOf(code);
    Detector detector = Providers.detector();
    CodeComments reader = commentReader;
    if (reader == null || !reader.readsFor(detector)) {
      reader = new CodeComments(detector);
      commentReader = reader;
    }
    reader.read(text, true, comments);
    return comments;
  }

  static void collect(ProjectCandidates candidates, InputFile inputFile, KtFile file) {
    long start = candidates.nanoTime();
    try {
      SourceUnit unit = candidates.newUnit(inputFile, SourceUnit.Kind.CODE);
      KotlinFileVisitor visitor = new KotlinFileVisitor(unit, Providers.detector());
      visitor.collect(file);
      if (visitor.tooDeep()) {
        LOG.warn("Provider Credentials skipped the parts of {} nested deeper than {} levels", inputFile, KotlinFileVisitor.MAX_DEPTH);
      }
      candidates.add(inputFile, unit);
      candidates.add(inputFile, comments(unit, KotlinStrings.fileText(file)));
    } catch (Deadline.Exceeded e) {
      FileTimeout.warn(LOG, inputFile, candidates.fileTimeoutMillis());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {}", inputFile, e.getClass().getSimpleName());
    } finally {
      candidates.timings().file(AnalysisTimings.Part.KOTLIN, candidates.nanoTime() - start);
    }
  }
}
