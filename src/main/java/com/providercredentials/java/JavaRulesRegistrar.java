package com.providercredentials.java;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.analysis.Providers;
import com.providercredentials.analysis.Repositories;
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

  public JavaRulesRegistrar(ProjectCandidates candidates, Configuration configuration) {
    this.candidates = candidates;
    candidates.configure(configuration);
  }

  @Override
  public void register(RegistrarContext context) {
    context.registerMainSharedCheck(new JavaCandidateScanner(candidates, Providers.detector()),
      Providers.ruleKeys().stream().map(key -> RuleKey.of(Repositories.JAVA, key)).toList());
  }
}
