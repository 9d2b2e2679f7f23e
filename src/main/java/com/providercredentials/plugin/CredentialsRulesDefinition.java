package com.providercredentials.plugin;

import org.sonar.api.SonarProduct;
import org.sonarsource.api.sonarlint.SonarLintSide;

import com.providercredentials.analysis.Providers;
import com.providercredentials.analysis.Repositories;
import org.sonar.api.SonarRuntime;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonarsource.analyzer.commons.RuleMetadataLoader;

/**
 * Defines the rule repositories for Java and XML, each with every rule of the plugin; the descriptions and
 * metadata are those the build composes from the fragments of {@code rules-metadata/} and the provider specs
 * (docs/descriptions.md). (The Kotlin repository is defined through sonar-kotlin, see the kotlin package.)
 */
@SonarLintSide
public class CredentialsRulesDefinition implements RulesDefinition {

  private final SonarRuntime runtime;

  public CredentialsRulesDefinition(SonarRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void define(Context context) {
    define(context, Repositories.JAVA, "java");
    if (runtime.getProduct() == SonarProduct.SONARLINT) {
      // SonarQube for IDE reads Java and Kotlin code only (docs/adr/024)
      return;
    }
    define(context, Repositories.XML, "xml");
    define(context, Repositories.FILES, "java", "Provider Credentials (build and resource files)");
  }

  private void define(Context context, String key, String language) {
    define(context, key, language, "Provider Credentials");
  }

  private void define(Context context, String key, String language, String name) {
    NewRepository repository = context.createRepository(key, language).setName(name);
    new RuleMetadataLoader(Repositories.METADATA, runtime).addRulesByRuleKey(repository, Providers.ruleKeys(key));
    repository.done();
  }
}
