package com.providercredentials.java;

import com.providercredentials.analysis.Providers;
import com.providercredentials.analysis.Repositories;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.server.ServerSide;
import java.util.stream.Stream;
import org.sonar.plugins.java.api.ProfileRegistrar;

/**
 * Adds every rule of {@code credentials-java}, and of {@code credentials-files} (declared for Java, see
 * docs/adr/003), to the built-in Java "Sonar way" profile.
 */
@ServerSide
public class JavaProfileRegistrar implements ProfileRegistrar {

  @Override
  public void register(RegistrarContext context) {
    context.registerDefaultQualityProfileRules(Stream.of(Repositories.JAVA, Repositories.FILES)
      .flatMap(repository -> Providers.ruleKeys(repository).stream().map(key -> RuleKey.of(repository, key)))
      .toList());
  }
}
