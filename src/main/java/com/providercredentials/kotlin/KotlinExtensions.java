package com.providercredentials.kotlin;

import com.providercredentials.kotlin.rules.KotlinRules;
import com.sonarsource.plugins.kotlin.api.KotlinPluginExtensionsProvider;
import org.sonar.api.scanner.ScannerSide;
import org.sonar.api.server.ServerSide;
import org.sonarsource.api.sonarlint.SonarLintSide;

/**
 * Registers repository {@code credentials-kotlin} and its rules in sonar-kotlin, active in the Kotlin "Sonar
 * way". sonar-kotlin re-defines the classes of this package in a class loader that sees its Kotlin compiler and
 * creates them by reflection: they keep no state and reach the analysis through {@code ProjectCandidates.current()}.
 * SonarQube for IDE loads it too (sonar-kotlin asks for it there as well): the rules then report on their own.
 */
@ScannerSide
@ServerSide
@SonarLintSide
public class KotlinExtensions implements KotlinPluginExtensionsProvider {

  public static final String REPOSITORY = "credentials-kotlin";

  @Override
  public void registerKotlinPluginExtensions(Extensions extensions) {
    extensions.registerRepository(REPOSITORY, "Provider Credentials");
    for (Class<?> rule : KotlinRules.ALL) {
      extensions.registerRule(REPOSITORY, rule, true);
    }
  }
}
