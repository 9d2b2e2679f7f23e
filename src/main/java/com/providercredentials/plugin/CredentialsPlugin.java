package com.providercredentials.plugin;

import com.providercredentials.accounts.AccountsMetric;
import com.providercredentials.accounts.PluginCatalog;
import com.providercredentials.accounts.SharedAccountsSettings;
import com.providercredentials.accounts.SharedAccountsWebService;
import com.providercredentials.analysis.CredentialsSensor;
import com.providercredentials.analysis.BinaryAnalysis;
import com.providercredentials.analysis.FileTimeout;
import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.analysis.Providers;
import com.providercredentials.analysis.Repositories;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.java.JavaIdeRegistrar;
import com.providercredentials.java.JavaProfileRegistrar;
import com.providercredentials.java.JavaRulesRegistrar;
import com.providercredentials.kotlin.KotlinExtensions;
import com.providercredentials.measures.CredentialsMetrics;
import com.providercredentials.measures.HardCodedCredentialsComputer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sonar.api.Plugin;
import org.sonar.api.SonarProduct;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.rule.RuleKey;

/**
 * Provider Credentials: finds Twilio, AWS and other provider credentials hard-coded in apps.
 *
 * <p>The language front-ends plug into the language plugins' own extension points when those plugins are
 * installed; without one of them, its front-end is simply not registered and the rest works.
 */
public class CredentialsPlugin implements Plugin {

  @Override
  public void define(Context context) {
    if (context.getRuntime().getProduct() == SonarProduct.SONARLINT) {
      context.addExtensions(ideExtensions());
      return;
    }
    List<Object> extensions = new ArrayList<>(List.of(
      ProjectCandidates.class,
      CredentialsRulesDefinition.class,
      CredentialsSensor.class,
      AccountsMetric.class,
      CredentialsMetrics.class,
      new HardCodedCredentialsComputer(Repositories.ALL)));
    extensions.addAll(SharedAccountsSettings.definitions());
    extensions.add(FileTimeout.definition());
    extensions.addAll(BinaryAnalysis.definitions());
    if (isAvailable("org.sonar.plugins.java.api.CheckRegistrar")) {
      extensions.add(JavaRulesRegistrar.class);
      extensions.add(JavaProfileRegistrar.class);
    }
    if (isAvailable("com.sonarsource.plugins.kotlin.api.KotlinPluginExtensionsProvider")) {
      extensions.add(KotlinExtensions.class);
    }
    if (context.getRuntime().getSonarQubeSide() == SonarQubeSide.SERVER) {
      extensions.add(SharedAccountsWebService.class);
      extensions.add(new PluginCatalog(Repositories.ALL.stream()
        .flatMap(repository -> Providers.ruleKeys(repository).stream().map(key -> repository + ":" + key)).toList(),
        Providers.specs().stream().collect(Collectors.toMap(ProviderSpec::id, ProviderSpec::name, (a, b) -> a))));
      extensions.add(CredentialsPages.class);
      Object xmlRegistrar = XmlProfileRegistration.registrar(CredentialsPlugin.class.getClassLoader(),
        Providers.ruleKeys(Repositories.XML).stream().map(key -> RuleKey.of(Repositories.XML, key)).toList());
      if (xmlRegistrar != null) {
        extensions.add(xmlRegistrar);
      }
    }
    context.addExtensions(extensions);
  }

  /**
   * What SonarQube for IDE can run (docs/adr/024): it runs the checks that sonar-java and sonar-kotlin take from other
   * plugins, never a plugin's own sensor. So the Java and Kotlin rules report each file on its own there; the rules of
   * resource and build files, the pairs across files, SharedAccountSid and the server's extensions step aside.
   */
  static List<Object> ideExtensions() {
    List<Object> extensions = new ArrayList<>();
    extensions.add(CredentialsRulesDefinition.class);
    if (isAvailable("org.sonar.plugins.java.api.CheckRegistrar")) {
      extensions.add(JavaIdeRegistrar.class);
    }
    if (isAvailable("com.sonarsource.plugins.kotlin.api.KotlinPluginExtensionsProvider")) {
      extensions.add(KotlinExtensions.class);
    }
    return extensions;
  }

  /** Whether another plugin's API is visible to this plugin (its plugin is installed and exports it). */
  static boolean isAvailable(String className) {
    try {
      Class.forName(className, false, CredentialsPlugin.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
