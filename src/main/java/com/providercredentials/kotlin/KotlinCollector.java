package com.providercredentials.kotlin;

import com.providercredentials.analysis.AnalysisTimings;
import com.providercredentials.analysis.CredentialsSensor;
import com.providercredentials.analysis.FileTimeout;
import com.providercredentials.analysis.OneFileAnalysis;
import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.analysis.Providers;
import com.providercredentials.core.Deadline;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.FileReaders;
import com.providercredentials.analysis.ReadAhead;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javax.annotation.Nullable;
import kotlin.Unit;
import org.jetbrains.kotlin.psi.KtFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.SonarProduct;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.TextRange;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.rule.RuleKey;
import org.sonar.check.Rule;
import org.sonarsource.kotlin.api.checks.AbstractCheck;
import org.sonarsource.kotlin.api.frontend.KotlinFileContext;
import org.sonarsource.kotlin.api.reporting.SecondaryLocation;

/**
 * The Kotlin front-end as sonar-kotlin runs it: once per main file, on the tree sonar-kotlin has parsed, it
 * hands the file's candidates to the analysis; it raises no issue itself, except in SonarQube for IDE, where no
 * sensor of ours runs. One subclass per rule key is
 * generated at build time; whichever of them are active, each file is collected once.
 */
public abstract class KotlinCollector extends AbstractCheck {

  private static final Logger LOG = LoggerFactory.getLogger(KotlinCollector.class);

  /** The analyses whose settings were read (weakly held: one per analysis). */
  private static final Set<ProjectCandidates> CONFIGURED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public Unit visitKtFile(KtFile file, KotlinFileContext context) {
    InputFile inputFile = context.getInputFileContext().getInputFile();
    SensorContext sensor = context.getInputFileContext().getSensorContext();
    if (sensor.runtime().getProduct() == SonarProduct.SONARLINT) {
      if (inputFile.type() == InputFile.Type.MAIN) {
        reportOnItsOwn(file, context, inputFile, sensor);
      }
      return Unit.INSTANCE;
    }
    ProjectCandidates.current().ifPresent(candidates -> {
      if (inputFile.type() == InputFile.Type.MAIN && candidates.claim(inputFile)) {
        if (CONFIGURED.add(candidates)) {
          candidates.configure(context.getInputFileContext().getSensorContext().config());
          candidates.awaitSpecs();
        }
        collect(candidates, inputFile, file, sensor.fileSystem());
      }
    });
    return Unit.INSTANCE;
  }

  /** The credentials in the comments of a Kotlin file (block comments nest in Kotlin), in a unit of their own. */
  public static SourceUnit comments(SourceUnit code, String text) {
    SourceUnit comments = SourceUnit.commentsOf(code);
    FileReaders.of(Providers.detector()).comments().read(text, true, comments);
    return comments;
  }

  /**
   * What a Kotlin file's text decides before its tree is walked: whether to walk it (build scripts are few, and read
   * whole), and its comments.
   */
  static ReadAhead.Work textWork(FileReaders readers) {
    return (inputFile, text, comments) -> {
      boolean walk = inputFile.filename().endsWith(".kts") || readers.gate().mayMatter(inputFile.filename(), text);
      readers.comments().read(text, true, comments);
      return walk;
    };
  }

  /**
   * Reads one file into {@code unit} and returns the unit of its comments; a file whose text shows that its code can
   * give nothing is not walked (docs/adr/025). What the text alone decides comes {@code ahead} when it was read ahead
   * (docs/adr/030), and is read now otherwise.
   */
  private static SourceUnit read(InputFile inputFile, KtFile file, SourceUnit unit, @Nullable ReadAhead.Text ahead) {
    Detector detector = Providers.detector();
    ReadAhead.Text decided = ahead;
    if (decided == null) {
      SourceUnit comments = SourceUnit.commentsOf(unit);
      decided = new ReadAhead.Text(textWork(FileReaders.of(detector)).read(inputFile, KotlinStrings.fileText(file), comments), comments);
    }
    if (decided.walk()) {
      KotlinFileVisitor visitor = new KotlinFileVisitor(unit, detector);
      visitor.collect(file);
      if (visitor.tooDeep()) {
        LOG.warn("Provider Credentials skipped the parts of {} nested deeper than {} levels", inputFile, KotlinFileVisitor.MAX_DEPTH);
      }
    }
    return decided.comments().traitsOf(unit);
  }

  static void collect(ProjectCandidates candidates, InputFile inputFile, KtFile file) {
    collect(candidates, inputFile, file, null);
  }

  /** Collects one file; with {@code fileSystem}, the module's Kotlin files are read ahead (docs/adr/030). */
  static void collect(ProjectCandidates candidates, InputFile inputFile, KtFile file, @Nullable FileSystem fileSystem) {
    long start = candidates.nanoTime();
    try {
      SourceUnit unit = candidates.newUnit(inputFile, SourceUnit.Kind.CODE);
      SourceUnit comments = read(inputFile, file, unit, fileSystem == null ? null : ahead(candidates, inputFile, fileSystem));
      candidates.add(inputFile, unit);
      candidates.add(inputFile, comments);
    } catch (Deadline.Exceeded e) {
      FileTimeout.warn(LOG, inputFile, candidates.fileTimeoutMillis());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {}", inputFile, e.getClass().getSimpleName());
    } finally {
      candidates.timings().file(AnalysisTimings.Part.KOTLIN, candidates.nanoTime() - start);
    }
  }

  /**
   * The file's text work, read ahead; on a module's first file, its main Kotlin files start being read ahead, then its
   * resource and build files.
   */
  @Nullable
  private static ReadAhead.Text ahead(ProjectCandidates candidates, InputFile inputFile, FileSystem fileSystem) {
    // the trees' text has \n line ends only: so has the text read ahead
    return candidates.ahead().take("kotlin", inputFile, fileSystem, true, textWork(FileReaders.of(Providers.detector())));
  }

  /**
   * SonarQube for IDE runs no sensor of ours (docs/adr/024): there each rule's class reports the findings of its rule
   * in the file, which is read and decided once whichever rules are active.
   */
  private void reportOnItsOwn(KtFile file, KotlinFileContext context, InputFile inputFile, SensorContext sensor) {
    String rule = getClass().getAnnotation(Rule.class).key();
    for (Finding finding : OneFileAnalysis.findings(rule, file, () -> readAlone(inputFile, file),
      builtIn -> sensor.activeRules().find(RuleKey.parse(builtIn)) != null)) {
      TextRange range = CredentialsSensor.textRange(inputFile, finding.location());
      if (range != null) {
        List<SecondaryLocation> secondaries = new ArrayList<>();
        for (Finding.Secondary secondary : finding.secondaries()) {
          TextRange at = secondary.location().file().equals(finding.location().file()) ? CredentialsSensor.textRange(inputFile, secondary.location()) : null;
          if (at != null) {
            secondaries.add(new SecondaryLocation(at, secondary.message()));
          }
        }
        reportIssue(context, range, finding.message(), secondaries, null);
      }
    }
  }

  private static List<SourceUnit> readAlone(InputFile inputFile, KtFile file) {
    return OneFileAnalysis.read(inputFile, code -> read(inputFile, file, code, null));
  }
}
