package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Android app that embeds the credentials of several providers of the catalog beside the keys that are public by
 * design, and a second app of the same company that hard-codes the same Plivo account: exactly the expected issues, a
 * pair found across files, a shared account across projects, and one issue per value beside SonarQube's own rules.
 */
@ExtendWith(SonarQubeExtension.class)
class CatalogAppTest {

  private static final String APP = "its-catalog-app";
  private static final String PARTNER = "its-catalog-partner";
  private static final String JAVA = "app/src/main/java/com/example/shop/";
  private static final String KOTLIN = "app/src/main/kotlin/com/example/shop/";
  private static final String SHARED_PLIVO = "This Plivo Auth ID (MA…JJE7) is also hard-coded in the project %s; give each app its own Plivo subaccount, "
    + "so that one can be revoked without breaking the others.";

  /** Every secret of the sample, and the public keys beside them: none may appear in a message or in the scanner's log. */
  static final List<String> VALUES = List.of(
    "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",
    "JeRvtQRxFAoCRIsBhyIRPK2iyElwmrYEE8mBvo8f", "kBCXeJbSA8WWHdOv", "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",
    "AAAAjuy4f6G:APA91blD6f9JHEobhT3fWJHYDkJYPS8_LYf2ABKqodlVhupNKQWFcJboOm0ue7Tj-dl1upSAEhHwFBC_ZhDXDEqYURMp3-5BW_i78IYgG-GFLzE67p0T-BHVS718dyYXCbOOCDYt_oue",
    "xiCAbZVW6gD4hXsrp6K+gaV240ElgLWdExPMJzTz", "MAKTAI6P8PAT49CVJJE7");

  private static SonarQube.Result scan;
  private static List<Issue> issues;

  @BeforeAll
  static void analyse(SonarQube server) {
    for (String project : List.of(APP, PARTNER)) {
      server.deleteProjectIfExists(project);
    }
    SonarQube.Result partner = server.scan(Projects.path(server, "catalog-partner"), PARTNER);
    assertThat(partner.exitCode()).as(partner.output()).isZero();
    scan = server.scan(Projects.path(server, "catalog-app"), APP);
    assertThat(scan.exitCode()).as(scan.output()).isZero();
    issues = server.issues(APP);
  }

  @Test
  void exactly_the_expected_issues_and_the_public_keys_stay_silent() {
    // silent: Stripe's publishable key (constant, buildConfigField), Razorpay's key id (Checkout, meta-data), Braintree's
    // tokenization key, OneSignal's App ID, Square's application id, Mailchimp's mobile SDK key
    assertThat(issues).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-java:StripeCredentials " + JAVA + "Payments.java:7 "
        + "Revoke this Stripe secret key (…EYuA) and keep secret keys on your backend; an app needs only the publishable key.",
      "credentials-java:PlivoCredentials " + JAVA + "sms/SmsToken.java:4 "
        + "Revoke this Plivo Auth Token (…vo8f) and call Plivo from your backend; log the app in with a short-lived JWT instead.",
      "credentials-java:ClientSideAccountCredentials " + JAVA + "sms/OrderTexts.java:8 "
        + "This app signs in to Plivo with the account's Auth Token, which anyone can extract from the APK; call Plivo from your backend, "
        + "and log the app in with a JWT it requests there.",
      "credentials-kotlin:VonageCredentials " + KOTLIN + "Notifications.kt:17 "
        + "Revoke this Vonage API secret (…HdOv) and call Vonage from your backend; give the app a JWT minted there instead.",
      "credentials-kotlin:ClientSideAccountCredentials " + KOTLIN + "Notifications.kt:17 "
        + "This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, "
        + "and give the app a JWT minted there.",
      "credentials-files:SendGridCredentials gradle.properties:5 "
        + "Revoke this SendGrid API key (…0fde) and send mail from your backend instead; no SendGrid key is safe in an app.",
      "credentials-files:FirebaseCloudMessagingCredentials app/src/main/assets/push.json:4 "
        + "Delete this legacy FCM server key (…_oue) in the Firebase console: the legacy API was shut down in 2024. "
        + "Send pushes from your server with the HTTP v1 API and a service account's short-lived OAuth tokens.",
      "credentials-java:SharedAccountSid " + JAVA + "sms/SmsKeys.java:4 " + SHARED_PLIVO.formatted("Partner (another app of the same company)"),
      "credentials-xml:SharedAccountSid app/src/main/res/values/keys.xml:4 " + SHARED_PLIVO.formatted("Partner (another app of the same company)"));
  }

  @Test
  void a_pair_found_across_files_shows_the_identifier_and_the_call_in_their_own_files() {
    Issue token = issues.stream().filter(i -> i.rule().endsWith(":PlivoCredentials")).findFirst().orElseThrow();
    assertThat(token.json().get("flows").findValues("locations")).extracting(l -> l.get(0).get("component").asText().substring(APP.length() + 1)
        + ":" + l.get(0).get("textRange").get("startLine").asInt() + " " + l.get(0).get("msg").asText())
      .containsExactly(JAVA + "sms/SmsKeys.java:4 Plivo Auth ID MA…JJE7 that goes with it", JAVA + "sms/OrderTexts.java:8 Passed to Plivo.init here");
  }

  @Test
  void an_aws_key_that_sonar_text_reports_gets_its_issue_only(SonarQube server) {
    // docs/adr/020: one value, one place, one issue; with no key id beside it, ours would add nothing
    assertThat(server.issues(APP, rule -> rule.equals("secrets:S6290") || rule.endsWith(":AwsCredentials")))
      .extracting(i -> i.rule() + " " + i.file() + ":" + i.line())
      .containsExactly("secrets:S6290 " + KOTLIN + "Uploads.kt:5");
    assertThat(scan.output()).contains("Provider Credentials: 1 credential(s) left to the built-in rules that report them at the same place");
  }

  @Test
  void the_other_project_learns_about_the_shared_account_on_its_next_analysis(SonarQube server) {
    SonarQube.Result partner = server.scan(Projects.path(server, "catalog-partner"), PARTNER);
    assertThat(partner.exitCode()).as(partner.output()).isZero();
    assertThat(server.issues(PARTNER)).extracting(Issue::toString).containsExactly(
      "credentials-xml:SharedAccountSid app/src/main/res/values/keys.xml:3 " + SHARED_PLIVO.formatted("Shop (sample Android app with many providers)"));
  }

  /** The other tests of the server see no account of these projects. */
  @AfterAll
  static void deleteProjects(SonarQube server) {
    for (String project : List.of(APP, PARTNER)) {
      server.deleteProjectIfExists(project);
    }
  }

  @Test
  void no_value_is_shown_in_a_message_or_the_log() {
    NoValueShown.in(scan, issues, VALUES, 12);
  }
}
