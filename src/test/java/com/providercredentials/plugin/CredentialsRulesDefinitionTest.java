package com.providercredentials.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.issue.impact.Severity;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.api.utils.Version;

class CredentialsRulesDefinitionTest {

  private final RulesDefinition.Context context = new RulesDefinition.Context();

  CredentialsRulesDefinitionTest() {
    new CredentialsRulesDefinition(SonarRuntimeImpl.forSonarQube(Version.create(14, 0), SonarQubeSide.SERVER, SonarEdition.COMMUNITY)).define(context);
  }

  @Test
  void one_repository_per_language_with_the_same_rule_keys() {
    assertThat(context.repositories()).extracting(RulesDefinition.Repository::key)
      .containsExactlyInAnyOrder("credentials-java", "credentials-xml", "credentials-files");
    assertThat(context.repository("credentials-java").language()).isEqualTo("java");
    assertThat(context.repository("credentials-xml").language()).isEqualTo("xml");
    // files without a language of their own: declared for Java to join its Sonar way (docs/adr/003)
    assertThat(context.repository("credentials-files").language()).isEqualTo("java");
    assertThat(context.repository("credentials-files").name()).isEqualTo("Provider Credentials (build and resource files)");
    for (RulesDefinition.Repository repository : context.repositories()) {
      assertThat(repository.name()).startsWith("Provider Credentials");
      assertThat(repository.rules()).extracting(RulesDefinition.Rule::key).containsExactlyInAnyOrder("TwilioCredentials", "AwsCredentials", "SharedAccountSid");
    }
  }

  @Test
  void rules_are_blocker_vulnerabilities_with_cwe_798() {
    for (RulesDefinition.Rule rule : context.repository("credentials-java").rules()) {
      assertThat(rule.type()).isEqualTo(RuleType.VULNERABILITY);
      assertThat(rule.defaultImpacts()).containsEntry(SoftwareQuality.SECURITY, rule.key().equals("SharedAccountSid") ? Severity.HIGH : Severity.BLOCKER);
      assertThat(rule.securityStandards()).contains("cwe:798", "owaspTop10-2021:a7");
      assertThat(rule.tags()).contains("cwe", "android", "credentials");
      assertThat(rule.name()).isNotBlank();
    }
  }

  @Test
  void descriptions_teach_the_token_based_alternatives() {
    RulesDefinition.Rule twilio = context.repository("credentials-java").rule("TwilioCredentials");
    assertThat(twilio.htmlDescription())
      .contains("Why is this an issue?", "How to fix it", "Resources")
      .contains("https://www.twilio.com/docs/iam/access-tokens", "https://www.twilio.com/docs/iam/api-keys",
        "https://www.twilio.com/docs/iam/api/subaccounts", "AccessToken.Builder");
    RulesDefinition.Rule aws = context.repository("credentials-java").rule("AwsCredentials");
    assertThat(aws.htmlDescription())
      .contains("https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html", "CognitoCachingCredentialsProvider");
  }

  @Test
  void shared_account_description_teaches_per_app_credentials_and_safe_rotation() {
    RulesDefinition.Rule shared = context.repository("credentials-xml").rule("SharedAccountSid");
    assertThat(shared.name()).isEqualTo("A provider account should not be hard-coded in several apps");
    assertThat(shared.htmlDescription())
      .contains("https://www.twilio.com/docs/iam/api/subaccounts", "https://www.twilio.com/docs/iam/api-keys",
        "https://www.twilio.com/docs/iam/access-tokens", "Rotating without breaking the other apps",
        "sonar.credentials.sharedAccounts.exclusions");
  }
}
