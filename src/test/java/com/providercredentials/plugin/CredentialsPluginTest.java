package com.providercredentials.plugin;

import com.providercredentials.accounts.PluginCatalog;
import com.providercredentials.accounts.SharedAccountsWebService;
import com.providercredentials.analysis.CredentialsSensor;
import com.providercredentials.analysis.ProjectCandidates;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.java.JavaIdeRegistrar;
import com.providercredentials.java.JavaProfileRegistrar;
import com.providercredentials.java.rules.JavaRules;
import com.providercredentials.kotlin.KotlinExtensions;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.check.Rule;
import com.providercredentials.java.JavaRulesRegistrar;
import com.providercredentials.measures.CredentialsMetrics;
import com.providercredentials.measures.HardCodedCredentialsComputer;
import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.internal.PluginContextImpl;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.utils.Version;

class CredentialsPluginTest {

  @Test
  void registers_the_java_front_end_when_sonar_java_is_installed() {
    Plugin.Context context = new PluginContextImpl.Builder()
      .setSonarRuntime(SonarRuntimeImpl.forSonarQube(Version.create(10, 8), SonarQubeSide.SCANNER, SonarEdition.COMMUNITY))
      .build();
    new CredentialsPlugin().define(context);
    assertThat(context.getExtensions()).contains(
      ProjectCandidates.class, CredentialsRulesDefinition.class, CredentialsSensor.class, JavaRulesRegistrar.class, JavaProfileRegistrar.class,
      CredentialsMetrics.class);
    assertThat(context.getExtensions()).filteredOn(HardCodedCredentialsComputer.class::isInstance).hasSize(1);
  }

  @Test
  void on_the_server_the_web_services_know_every_rule_and_provider_and_the_pages_are_declared() {
    Plugin.Context context = new PluginContextImpl.Builder()
      .setSonarRuntime(SonarRuntimeImpl.forSonarQube(Version.create(26, 9), SonarQubeSide.SERVER, SonarEdition.COMMUNITY))
      .build();
    new CredentialsPlugin().define(context);
    assertThat(context.getExtensions()).contains(SharedAccountsWebService.class, CredentialsPages.class);
    PluginCatalog catalog = (PluginCatalog) context.getExtensions().stream().filter(PluginCatalog.class::isInstance).findFirst().orElseThrow();
    assertThat(catalog.ruleKeys()).contains("credentials-java:TwilioCredentials", "credentials-xml:SharedAccountSid",
      "credentials-files:AwsCredentials", "credentials-kotlin:ClientSideAccountCredentials").doesNotContain("credentials-xml:ClientSideAccountCredentials");
    assertThat(catalog.providerName("twilio")).isEqualTo("Twilio");
    assertThat(catalog.providerName("aws")).isEqualTo("AWS");
    assertThat(catalog.providerName("gone")).isEqualTo("gone");

    org.sonar.api.web.page.Context pages = new org.sonar.api.web.page.Context();
    new CredentialsPages().define(pages);
    assertThat(pages.getPages()).extracting(page -> page.getKey() + " " + page.getScope() + " " + page.getComponentQualifiers() + " " + page.getName())
      .containsExactlyInAnyOrder("credentials/accounts GLOBAL [] Provider credentials", "credentials/project COMPONENT [PROJECT] Provider credentials");
    // the script of each page is where SonarQube looks for it: static/<page>.js in the jar
    assertThat(getClass().getResource("/static/accounts.js")).isNotNull();
    assertThat(getClass().getResource("/static/project.js")).isNotNull();
  }

  @Test
  void in_the_ide_only_the_rules_and_the_checks_that_sonar_java_and_sonar_kotlin_run() {
    Plugin.Context context = new PluginContextImpl.Builder()
      .setSonarRuntime(SonarRuntimeImpl.forSonarLint(Version.create(13, 0)))
      .build();
    new CredentialsPlugin().define(context);
    assertThat(context.getExtensions()).containsExactly(CredentialsRulesDefinition.class, JavaIdeRegistrar.class, KotlinExtensions.class);
  }

  @Test
  void in_the_ide_the_rules_of_code_only() {
    RulesDefinition.Context context = new RulesDefinition.Context();
    new CredentialsRulesDefinition(SonarRuntimeImpl.forSonarLint(Version.create(13, 0))).define(context);
    assertThat(context.repositories()).extracting(RulesDefinition.Repository::key).containsExactly("credentials-java");
    assertThat(context.repository("credentials-java").rules()).hasSize(43);
  }

  @Test
  void the_ide_has_a_check_for_every_java_rule_but_shared_accounts() {
    assertThat(JavaRules.ALL).hasSize(42)
      .extracting(type -> type.getAnnotation(Rule.class).key())
      .contains("TwilioCredentials", "AwsCredentials", "ClientSideAccountCredentials")
      .doesNotContain("SharedAccountSid");
  }

  @Test
  void another_plugin_api_is_detected_by_class_name() {
    assertThat(CredentialsPlugin.isAvailable("org.sonar.plugins.java.api.CheckRegistrar")).isTrue();
    assertThat(CredentialsPlugin.isAvailable("org.sonar.plugins.nosuch.api.Nothing")).isFalse();
  }
}
