package com.providercredentials.java;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.analysis.Providers;
import com.providercredentials.analysis.Repositories;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.config.Configuration;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.scanner.ScannerSide;
import org.sonar.plugins.java.api.CheckRegistrar;

/**
 * Registers the Java front-end in sonar-java's sensor, as a shared check that runs on main sources when
 * any rule of {@code credentials-java} is active. It raises no issue itself: the project sensor does, once
 * every file has been seen.
 */
@ScannerSide
public class JavaRulesRegistrar implements CheckRegistrar {

  private final ProjectCandidates candidates;
  private final FileSystem fileSystem;

  /** With the module's file system, whose Java files' text is read ahead of sonar-java's trees (docs/adr/030). */
  public JavaRulesRegistrar(ProjectCandidates candidates, Configuration configuration, FileSystem fileSystem) {
    this.candidates = candidates;
    this.fileSystem = fileSystem;
    candidates.configure(configuration);
  }

  @Override
  public void register(RegistrarContext context) {
    candidates.awaitSpecs();
    context.registerMainSharedCheck(new JavaCandidateScanner(candidates, Providers.detector(), fileSystem),
      Providers.ruleKeys().stream().map(key -> RuleKey.of(Repositories.JAVA, key)).toList());
  }
}
