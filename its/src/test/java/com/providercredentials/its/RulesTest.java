package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the server shows of the rules: descriptions with the token-based guidance, active out of the box. */
@ExtendWith(SonarQubeExtension.class)
class RulesTest {

  @Test
  void connected_ides_may_download_the_plugin(SonarQube server) {
    // SonarQube for IDE in connected mode loads the server's plugins that say so (its/ide proves it runs our rules)
    JsonNode plugins = server.get("api/plugins/installed", Map.of()).get("plugins");
    List<String> credentials = new ArrayList<>();
    plugins.forEach(plugin -> {
      if ("credentials".equals(plugin.get("key").asText())) {
        credentials.add(plugin.get("key").asText() + " sonarLintSupported=" + plugin.get("sonarLintSupported").asBoolean());
      }
    });
    assertThat(credentials).containsExactly("credentials sonarLintSupported=true");
  }

  @Test
  void descriptions_teach_the_token_based_alternatives(SonarQube server) {
    String twilio = server.get("api/rules/show", Map.of("key", "credentials-java:TwilioCredentials")).toString();
    assertThat(twilio).contains("https://www.twilio.com/docs/iam/access-tokens", "https://www.twilio.com/docs/iam/api-keys",
      "https://www.twilio.com/docs/iam/api/subaccounts");
    String aws = server.get("api/rules/show", Map.of("key", "credentials-java:AwsCredentials")).toString();
    assertThat(aws).contains("https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html");
  }

  @Test
  void descriptions_have_one_how_to_fix_context_per_sdk(SonarQube server) {
    assertThat(contexts(server, "credentials-java:TwilioCredentials"))
      .containsExactlyInAnyOrder("twilio_android_sdks Twilio Android SDKs", "access_token_backends Access Token backends",
        "twilio_rest_from_a_backend Twilio REST from a backend");
    assertThat(contexts(server, "credentials-java:AwsCredentials"))
      .containsExactlyInAnyOrder("aws_sdk_for_android AWS SDK for Android", "aws_sdk_for_java_v2 AWS SDK for Java v2");
    for (String key : List.of("credentials-java:ClientSideAccountCredentials", "credentials-kotlin:ClientSideAccountCredentials")) {
      // every provider's contexts (the catalog's are in their specs); Twilio's and AWS's among them
      assertThat(contexts(server, key)).as(key).contains("twilio_android_sdks Twilio Android SDKs", "access_token_backends Access Token backends",
        "twilio_rest_from_a_backend Twilio REST from a backend", "aws_sdk_for_android AWS SDK for Android", "aws_sdk_for_java_v2 AWS SDK for Java v2",
        "stripe_java_on_a_backend stripe-java on a backend", "plivo_server_sdk_for_java Plivo server SDK for Java")
        .doesNotHaveDuplicates();
    }
    String android = section(server, "credentials-java:ClientSideAccountCredentials", "twilio_android_sdks");
    assertThat(android).contains("https://www.twilio.com/docs/iam/access-tokens", "Voice.connect", "Compliant solution (Kotlin)");
  }

  /** "key displayName" of each "How to fix it" section, as api/rules/show returns them (in no particular order). */
  private static List<String> contexts(SonarQube server, String rule) {
    List<String> contexts = new ArrayList<>();
    server.get("api/rules/show", Map.of("key", rule)).get("rule").get("descriptionSections").forEach(section -> {
      if (section.get("key").asText().equals("how_to_fix") && section.has("context")) {
        contexts.add(section.get("context").get("key").asText() + " " + section.get("context").get("displayName").asText());
      }
    });
    return contexts;
  }

  private static String section(SonarQube server, String rule, String context) {
    for (JsonNode section : server.get("api/rules/show", Map.of("key", rule)).get("rule").get("descriptionSections")) {
      if (section.has("context") && section.get("context").get("key").asText().equals(context)) {
        return section.get("content").asText();
      }
    }
    throw new AssertionError("no context " + context + " in " + rule);
  }

  @Test
  void shared_account_description_teaches_per_app_credentials(SonarQube server) {
    String shared = server.get("api/rules/show", Map.of("key", "credentials-xml:SharedAccountSid")).toString();
    assertThat(shared).contains("https://www.twilio.com/docs/iam/api/subaccounts", "https://www.twilio.com/docs/iam/api-keys",
      "Rotating without breaking the other apps");
  }

  /**
   * One rule per provider spec, in every repository: read from the specs themselves (each spec's {@code rule:}), so
   * that a provider added as data needs no edit here. Users' quality profiles depend on these keys.
   */
  static List<String> rules(SonarQube server, String repository, String... others) {
    List<String> keys = new ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> specs = java.nio.file.Files.list(
      server.root().resolve("src/main/resources/com/providercredentials/providers"))) {
      for (java.nio.file.Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        java.nio.file.Files.readAllLines(spec).stream().filter(line -> line.startsWith("rule:"))
          .forEach(line -> keys.add(repository + ":" + line.substring("rule:".length()).strip()));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(keys).contains(repository + ":TwilioCredentials", repository + ":AwsCredentials", repository + ":StripeCredentials");
    for (String other : others) {
      keys.add(repository + ":" + other);
    }
    return keys;
  }

  @Test
  void rules_are_active_in_the_default_java_profile(SonarQube server) {
    assertThat(activeRules(server, "java", "credentials-java"))
      .containsExactlyInAnyOrderElementsOf(rules(server, "credentials-java", "SharedAccountSid", "ClientSideAccountCredentials"));
  }

  @Test
  void xml_rules_are_active_in_the_default_xml_profile(SonarQube server) {
    assertThat(activeRules(server, "xml", "credentials-xml")).containsExactlyInAnyOrderElementsOf(rules(server, "credentials-xml", "SharedAccountSid"));
  }

  @Test
  void rules_for_files_without_a_language_are_active_in_the_default_java_profile(SonarQube server) {
    assertThat(activeRules(server, "java", "credentials-files")).containsExactlyInAnyOrderElementsOf(rules(server, "credentials-files", "SharedAccountSid"));
  }

  @Test
  void kotlin_rules_are_active_in_the_default_kotlin_profile(SonarQube server) {
    assertThat(activeRules(server, "kotlin", "credentials-kotlin"))
      .containsExactlyInAnyOrderElementsOf(rules(server, "credentials-kotlin", "SharedAccountSid", "ClientSideAccountCredentials"));
    assertThat(server.get("api/rules/show", Map.of("key", "credentials-kotlin:TwilioCredentials")).toString())
      .contains("https://www.twilio.com/docs/iam/access-tokens");
  }

  @Test
  void every_rule_is_found_by_the_security_standards_users_filter_by(SonarQube server) {
    // CWE-798, OWASP Top 10 2021 A07 and OWASP Mobile Top 10 2024 M1, as the Rules page's facets filter them; the MASVS
    // control is in the rules' metadata, but Community Build 26.9 knows no compliance standard to filter it by
    String repositories = "credentials-java,credentials-kotlin,credentials-xml,credentials-files";
    int all = server.get("api/rules/search", Map.of("repositories", repositories, "ps", "1")).get("total").asInt();
    assertThat(all).isGreaterThan(4 * 40);
    for (Map.Entry<String, String> standard : Map.of("cwe", "798", "owaspTop10-2021", "a7", "owaspMobileTop10-2024", "m1").entrySet()) {
      assertThat(server.get("api/rules/search", Map.of("repositories", repositories, standard.getKey(), standard.getValue(), "ps", "1"))
        .get("total").asInt()).as(standard.getKey()).isEqualTo(all);
    }
  }

  static List<String> activeRules(SonarQube server, String language, String repository) {
    JsonNode profiles = server.get("api/qualityprofiles/search", Map.of("language", language, "defaults", "true"));
    String profile = profiles.get("profiles").get(0).get("key").asText();
    JsonNode rules = server.get("api/rules/search", Map.of("qprofile", profile, "activation", "true", "repositories", repository, "ps", "500"));
    List<String> keys = new ArrayList<>();
    rules.get("rules").forEach(r -> keys.add(r.get("key").asText()));
    return keys;
  }
}
