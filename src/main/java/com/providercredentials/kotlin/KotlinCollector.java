package com.providercredentials.kotlin;

import com.providercredentials.core.SourceUnit;
import com.providercredentials.plugin.ProjectCandidates;
import com.providercredentials.plugin.Providers;
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

  @Override
  public Unit visitKtFile(KtFile file, KotlinFileContext context) {
    InputFile inputFile = context.getInputFileContext().getInputFile();
    ProjectCandidates.current().ifPresent(candidates -> {
      if (inputFile.type() == InputFile.Type.MAIN && candidates.claim(inputFile)) {
        collect(candidates, inputFile, file);
      }
    });
    return Unit.INSTANCE;
  }

  private static void collect(ProjectCandidates candidates, InputFile inputFile, KtFile file) {
    try {
      SourceUnit unit = candidates.newUnit(inputFile, SourceUnit.Kind.CODE);
      KotlinFileVisitor visitor = new KotlinFileVisitor(unit, Providers.detector());
      visitor.collect(file);
      if (visitor.tooDeep()) {
        LOG.warn("Provider Credentials skipped the parts of {} nested deeper than {} levels", inputFile, KotlinFileVisitor.MAX_DEPTH);
      }
      candidates.add(inputFile, unit);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("Provider Credentials skipped {}: {}", inputFile, e.getClass().getSimpleName());
    }
  }
}
