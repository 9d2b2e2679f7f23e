package com.providercredentials.java;

import com.providercredentials.analysis.Repositories;
import com.providercredentials.java.rules.JavaRules;
import org.sonar.api.batch.rule.ActiveRules;
import org.sonar.api.rule.RuleKey;
import org.sonarsource.api.sonarlint.SonarLintSide;
import org.sonar.plugins.java.api.CheckRegistrar;

/**
 * Registers the Java rules in sonar-java as SonarQube for IDE runs it (docs/adr/024): one check per rule, each
 * reporting what one file holds. The server's analysis uses {@link JavaRulesRegistrar} instead.
 */
@SonarLintSide
public class JavaIdeRegistrar implements CheckRegistrar {

  public JavaIdeRegistrar(ActiveRules activeRules) {
    JavaIdeCheck.builtInRulesActive(rule -> activeRules.find(RuleKey.parse(rule)) != null);
  }

  @Override
  public void register(RegistrarContext context) {
    context.registerMainChecks(Repositories.JAVA, JavaRules.ALL);
  }
}
