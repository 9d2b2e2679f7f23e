package com.providercredentials.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.Providers;
import com.providercredentials.core.ProviderSpec;
import java.util.ArrayList;
import java.util.List;
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
      if (repository.key().equals("credentials-java")) {
        assertThat(repository.rules()).extracting(RulesDefinition.Rule::key)
          .containsExactlyInAnyOrderElementsOf(providerRulesAnd("SharedAccountSid", "ClientSideAccountCredentials"));
      } else {
        // rule ClientSideAccountCredentials is about code: not in the repositories of resource and build files
        assertThat(repository.rules()).extracting(RulesDefinition.Rule::key).containsExactlyInAnyOrderElementsOf(providerRulesAnd("SharedAccountSid"));
      }
    }
  }

  @Test
  void rules_are_blocker_vulnerabilities_with_cwe_798() {
    for (RulesDefinition.Rule rule : context.repository("credentials-java").rules()) {
      assertThat(rule.type()).isEqualTo(RuleType.VULNERABILITY);
      assertThat(rule.defaultImpacts()).containsEntry(SoftwareQuality.SECURITY, rule.key().equals("SharedAccountSid") || rule.key().equals("ClientSideAccountCredentials") ? Severity.HIGH : Severity.BLOCKER);
      // the taxonomy users filter by (as SonarSource's own S6418): CWE, OWASP Top 10 2021, OWASP Mobile Top 10 2024
      assertThat(rule.securityStandards()).as(rule.key()).contains("cwe:798", "owaspTop10-2021:a7", "owaspMobileTop10-2024:m1");
      assertThat(rule.tags()).contains("cwe", "android", "credentials");
      assertThat(rule.name()).isNotBlank();
    }
  }

  @Test
  void descriptions_teach_the_token_based_alternatives_in_one_context_per_sdk() {
    RulesDefinition.Repository java = context.repository("credentials-java");
    assertThat(contexts(java.rule("TwilioCredentials")))
      .containsExactly("twilio_android_sdks", "access_token_backends", "twilio_rest_from_a_backend");
    assertThat(contexts(java.rule("AwsCredentials"))).containsExactly("aws_sdk_for_android", "aws_sdk_for_java_v2");
    // Twilio's and AWS's first (compose.yaml's provider order), then those of the providers added since
    assertThat(contexts(java.rule("ClientSideAccountCredentials"))).startsWith("twilio_android_sdks", "access_token_backends",
      "twilio_rest_from_a_backend", "aws_sdk_for_android", "aws_sdk_for_java_v2");
    assertThat(section(java.rule("TwilioCredentials"), "twilio_android_sdks"))
      .contains("https://www.twilio.com/docs/iam/access-tokens", "Voice.connect(context, options, callListener)", "Compliant solution (Kotlin)",
        "Noncompliant code example (Java)");
    assertThat(section(java.rule("TwilioCredentials"), "access_token_backends")).contains("AccessToken.Builder", ".ttl(3600)", "VideoGrant");
    assertThat(section(java.rule("TwilioCredentials"), "twilio_rest_from_a_backend"))
      .contains("https://www.twilio.com/docs/iam/api/subaccounts", "https://www.twilio.com/docs/iam/api-keys", "TWILIO_API_KEY_SECRET");
    assertThat(section(java.rule("AwsCredentials"), "aws_sdk_for_android"))
      .contains("https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html", "CognitoCachingCredentialsProvider");
    assertThat(section(java.rule("AwsCredentials"), "aws_sdk_for_java_v2"))
      .contains("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html", "StsAssumeRoleCredentialsProvider");
    assertThat(java.rule("ClientSideAccountCredentials").ruleDescriptionSections()).extracting(s -> s.getKey())
      .contains("root_cause", "how_to_fix", "resources");
    assertThat(java.rule("ClientSideAccountCredentials").name()).isEqualTo("Mobile apps should not sign in to provider APIs with account credentials");
  }

  @Test
  void every_context_a_spec_selects_is_in_the_descriptions_of_its_rules() {
    RulesDefinition.Repository java = context.repository("credentials-java");
    for (ProviderSpec spec : Providers.specs()) {
      for (ProviderSpec.GuidanceContext guidance : spec.contexts()) {
        assertThat(contexts(java.rule(spec.rule()))).as(spec.rule()).contains(guidance.key());
        if (spec.clientSide() != null) {
          assertThat(contexts(java.rule("ClientSideAccountCredentials"))).as(spec.rule()).contains(guidance.key());
        }
      }
    }
  }

  private static List<String> contexts(RulesDefinition.Rule rule) {
    return rule.ruleDescriptionSections().stream().filter(s -> s.getKey().equals("how_to_fix"))
      .map(s -> s.getContext().orElseThrow().getKey()).toList();
  }

  private static String section(RulesDefinition.Rule rule, String context) {
    return rule.ruleDescriptionSections().stream().filter(s -> s.getContext().map(c -> c.getKey().equals(context)).orElse(false))
      .findFirst().orElseThrow().getHtmlContent();
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

  /** One rule per provider spec (Twilio and AWS among them), then the given cross-provider rules. */
  private static List<String> providerRulesAnd(String... crossProvider) {
    List<String> rules = new ArrayList<>(Providers.specs().stream().map(ProviderSpec::rule).toList());
    assertThat(rules).contains("TwilioCredentials", "AwsCredentials");
    rules.addAll(List.of(crossProvider));
    return rules;
  }
}
