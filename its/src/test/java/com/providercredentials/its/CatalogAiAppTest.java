package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Android app that embeds credentials of the second half of the catalog (AI, chat, developer platforms, maps, search,
 * media, storage, backend-as-a-service) beside the values that are public by design: exactly the expected issues, in
 * every place the plugin reads, and one issue per value where SonarQube's own secrets rules report it (docs/adr/020).
 */
@ExtendWith(SonarQubeExtension.class)
class CatalogAiAppTest {

  private static final String APP = "its-catalog-ai-app";
  private static final String JAVA = "app/src/main/java/com/example/social/";
  private static final String KOTLIN = "app/src/main/kotlin/com/example/social/";

  /** Every secret of the sample, and the public values beside them: none may appear in a message or in the scanner's log. */
  static final List<String> VALUES = List.of(
    "glpat-IwB68sK82ea7UAZawtCO",
    "cloudinary://788282291648167:isHm3wUtStct45NKhCWdHXjzKSR@social-media",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImhtemNyM3kwbmxkMHBncDFiZ2xwIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTAwMDAwMCwiZXhwIjoyMDUwMDAwMDAwfQ.BwIqtNLl7OqmWIXnUIiBAyWEE1GNYOuYWpKCqpv7BYk",
    "3398209467:AAhzVRzz6WL9-OhaOzgUgfxcxyhUTDSjW1f",
    "https://hooks.slack.com/services/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",
    "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",
    "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",
    "1a8f9b0972c693196d24d43874faa885",
    "0526dc05cc63ba7e3b75656c530548a6",
    "sk-ant-api03-QRocykHF-bcW1fE3WyogWikiKRyjdgxAEWyNz-MNL4e1or1NUc5rVQfxyQBBq-InIE13wGggtwd9lUXYUo5xP6sg-xlFXAA",
    "HRKU-AA9Ut5NZfMiWfij7LoYlQy14qfp6tw4fFGVdnQapiygBtICDjRoT-U_HKISL",
    "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",
    "https://discord.com/api/webhooks/1157702825650762615/ZPX_v_UJEqPUCFUOODH6JeLDNhCgw5L1_RMw7x_kjN0UWqGWtO7u8z-4NeD9YmWhJZGG",
    "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",
    "DefaultEndpointsProtocol=https;AccountName=socialmedia143;AccountKey=8CdxkbhPrS6cve+4OAQi4Ypdcf0V4/eai0OoZgx7fPbYS661C1jlz3oGjt36eT1qJX2csfByb1PnLED0QyXkSJ==;EndpointSuffix=core.windows.net",
    "pk.eyJ1Ijoic29jaWFsYXBwIiwiYSI6ImNsamQ4bWpkaml5dzY5NjhnbXUzd2FmbzgifQ.Nylolx18RD_JNXQsrWNt_t",
    "c62bca35dfbab352587172e57cabfd75",
    "04c57fb5e542c4a09a1d87234a5dd541",
    "android_sdk-50dd7fc494982202f20a25e5d6649eb1c62b0954",
    "9fe8840fc50c79955f55ce579f3fb85b");

  private static SonarQube.Result scan;
  private static List<Issue> issues;

  @BeforeAll
  static void analyse(SonarQube server) {
    server.deleteProjectIfExists(APP);
    scan = server.scan(Projects.path(server, "catalog-ai-app"), APP);
    assertThat(scan.exitCode()).as(scan.output()).isZero();
    issues = server.issues(APP);
  }

  @AfterAll
  static void deleteProject(SonarQube server) {
    server.deleteProjectIfExists(APP);
  }

  @Test
  void exactly_the_expected_issues_and_the_public_values_stay_silent() {
    // silent: the Mapbox public token (resources, gradle.properties), Shopify's Storefront token, Algolia's search-only
    // key, the Supabase anon key and project URL, Intercom's Android SDK key, Agora's App ID, a GitHub look-alike whose
    // checksum is wrong
    assertThat(issues).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-files:GitLabCredentials app/build.gradle:13 "
        + "Revoke this GitLab access token (…wtCO); let users sign in with OAuth (authorization code with PKCE), or call GitLab from your backend.",
      "credentials-xml:CloudinaryCredentials app/src/main/AndroidManifest.xml:5 "
        + "Revoke this Cloudinary API secret (…zKSR) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.",
      "credentials-files:SupabaseCredentials app/src/main/assets/backend.json:3 "
        + "Revoke this Supabase service_role key (…7BYk) by rotating the project's JWT secret, and use the publishable (anon) key with Row Level "
        + "Security in the app; service_role bypasses RLS.",
      "credentials-java:TelegramCredentials " + JAVA + "Bots.java:6 "
        + "Revoke this Telegram bot token (…jW1f) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.",
      "credentials-java:SlackCredentials " + JAVA + "Bots.java:7 "
        + "Remove this Slack webhook URL (…FXXj) from the app and regenerate it: anyone who extracts it can post to your channel. Post from your backend instead.",
      "credentials-java:ClientSideAccountCredentials " + JAVA + "Bots.java:13 "
        + "This app runs a Telegram bot with a token that anyone can extract from the APK and use to control the bot; let your backend call the Bot API instead.",
      "credentials-java:ShopifyCredentials " + JAVA + "Storage.java:6 "
        + "Revoke this Shopify Admin API access token (…90eb) by rotating it or uninstalling the app; an app uses only the Storefront API's public token, "
        + "and your backend calls the Admin API.",
      "credentials-kotlin:OpenAICredentials " + KOTLIN + "Assistant.kt:6 "
        + "Revoke this OpenAI API key (…y6-x) and call OpenAI from your backend; an app gets at most a short-lived Realtime client secret from it.",
      "credentials-kotlin:AgoraCredentials " + KOTLIN + "Assistant.kt:8 "
        + "Replace this Agora App Certificate (…a885) in Agora Console and mint tokens on your token server; the app needs only the App ID and a token it fetches.",
      "credentials-kotlin:AlgoliaCredentials " + KOTLIN + "Assistant.kt:9 "
        + "Revoke this Algolia admin or write API key (…48a6) and index from your backend; the app needs only a search-only or secured API key.",
      "credentials-kotlin:AnthropicCredentials " + KOTLIN + "Assistant.kt:13 "
        + "Revoke this Anthropic API key (…FXAA) and call Claude from your backend; no Anthropic key is safe in an app.",
      "credentials-kotlin:ClientSideAccountCredentials " + KOTLIN + "Assistant.kt:13 "
        + "This app calls Claude with an Anthropic API key that anyone can extract from the APK; call Anthropic from your backend instead.",
      "credentials-kotlin:ClientSideAccountCredentials " + KOTLIN + "Assistant.kt:17 "
        + "This app signs Agora tokens or calls Agora's REST API with a server credential that anyone can extract from the APK; fetch tokens from your "
        + "token server and call the REST API from your backend.",
      "credentials-xml:HerokuCredentials app/src/main/res/values/keys.xml:3 "
        + "Revoke this Heroku API key (…KISL); it controls every app of the account and belongs only in your CI or backend environment.",
      "credentials-files:SentryCredentials gradle.properties:3 "
        + "Revoke this Sentry user auth token (…4eb3) and give the build an organization token from a CI secret (SENTRY_AUTH_TOKEN) instead; the app needs "
        + "only its DSN.");
  }

  @Test
  void values_that_sonar_text_reports_get_its_issue_only(SonarQube server) {
    // docs/adr/020: the Discord webhook URL, the GitHub token and the Azure connection string are reported by sonar-text at
    // the same place, and ours would add nothing; sonar-text also reports the look-alike with a wrong checksum, which the
    // GitHub spec checks (ours stays silent there whether or not sonar-text is active)
    assertThat(server.issues(APP, rule -> rule.startsWith("secrets:"))).extracting(i -> i.rule() + " " + i.file() + ":" + i.line())
      .containsExactlyInAnyOrder("secrets:S6708 " + JAVA + "Bots.java:8", "secrets:S6689 " + JAVA + "Bots.java:10",
        "secrets:S6689 " + JAVA + "Storage.java:4", "secrets:S6338 " + JAVA + "Storage.java:5");
    assertThat(scan.output()).contains("Provider Credentials: 3 credential(s) left to the built-in rules that report them at the same place");
  }

  @Test
  void no_value_is_shown_in_a_message_or_the_log() {
    NoValueShown.in(scan, issues, VALUES, 16);
  }
}
