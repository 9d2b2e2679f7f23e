package com.providercredentials.plugin;

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
