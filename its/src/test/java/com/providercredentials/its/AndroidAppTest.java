package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample Android app: every shape of credential the plugin supports, found where it is written. */
@ExtendWith(SonarQubeExtension.class)
class AndroidAppTest {

  private static final String KEY = "android-app";
  private static final String TWILIO_TOKEN = "Revoke this Twilio Auth Token (%s) and issue short-lived Access Tokens from your backend instead.";
  private static final String AWS_SECRET = "Revoke this AWS secret access key (%s); give the app temporary credentials from Cognito or STS instead.";

  private static final String SHARED =
    "This Twilio Account SID (AC…ed9f) is also hard-coded in %s of this project; give each app its own subaccount or API key.";
  private static final String TWILIO_KEY_SECRET =
    "Revoke this Twilio API key secret (%s) and mint short-lived Access Tokens with it on your backend instead.";
  static final String CLIENT_SIDE_TWILIO =
    "This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.";
  static final String CLIENT_SIDE_AWS =
    "This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.";
  private static final String JAVA = "app/src/main/java/com/example/rides/";
  private static final String DRIVER = "driver/src/main/kotlin/com/example/rides/driver/";
  private static final String RES = "app/src/main/res/values/";

  /** Every credential of the sample: none may appear in a message or in the scanner's log. */
  static final List<String> SECRETS = List.of(
    "4d5503b76d9d83da5088ca00cd8ad45f", "9af87ad2dddcc2c98498fcbefe9f7199", "4218550d3b5afa063efba8d3942a171b",
    "0c42c28d420ca0a3d1bd2f487be12325", "3e47d4a632612b6aefd77bdefd70db35", "a9965014e2df1395a4ff7dc9edc63353",
    "87a30cc7b13ffc06306971b093871263", "70102056880ddb7d5c4bd7d09614ce2d", "3pnRJu3xadLKaHaa1zdz6Qu1cvEFjxuU",
    "pCd3Oz5lF5OU1ppcmH54sCdhfDgKoMloiDbofyhI", "u0gs7p3VIOY7yNXdaMkvC7fcTgHwkvzE92FucFiR", "PHQIdaxryDpAjve9vSHLIAbscMv2VCrx093VPMlo",
    "urKhAAbq3FH7rU+eDFDUZvZaNa6Jm8RTlNwQz2Gg", "5a6212ff8d8c14b9c09b28755a1eff3e", "1104b03aeda5bf9532966709cf17cfbe", "QUNjNTc5NDlhNDJhNjNjNmY2MmIwNTc4NzUwODc5MmFmOTo5YWY4N2FkMmRkZGNjMmM5ODQ5OGZjYmVmZTlmNzE5OQ==");
  /** Identifiers are shown masked too. */
  static final List<String> IDENTIFIERS = List.of(
    "AC8fa1774254d8bf635fc1c3a1d937ed9f", "ACc57949a42a63c6f62b05787508792af9", "AC70460d75525507efc9917189fcf6eea6",
    "AC8febeeb53b44ac7bfbb51b63a87b28f1", "AKIAC42A7AUVQZEA46DZ", "AKIA4FAQPGYPABAJP3AB", "AKIA46JBRGWCB6RZOMPV", "AKIARBNCD44DN4WKXFGT",
    "SKea5b9de51dbf69686808a4463a39e5cf");

  private static SonarQube.Result scan;
  private static List<Issue> issues;

  @BeforeAll
  static void analyse(SonarQube server) {
    scan = server.scan(Projects.path(server, "android-app"), KEY);
    assertThat(scan.exitCode()).as(scan.output()).isZero();
    issues = server.issues(KEY);
  }

  @Test
  void exactly_the_expected_issues_from_our_repositories() {
    assertThat(issues).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-java:TwilioCredentials " + JAVA + "config/Keys.java:7 " + TWILIO_TOKEN.formatted("…d45f"),
      "credentials-java:TwilioCredentials " + JAVA + "voice/VoiceSetup.java:15 " + TWILIO_TOKEN.formatted("…7199"),
      "credentials-java:AwsCredentials " + JAVA + "storage/PhotoUploader.java:11 " + AWS_SECRET.formatted("…fyhI"),
      // Gradle, properties and JSON: files without a language of their own
      "credentials-files:TwilioCredentials gradle.properties:6 " + TWILIO_TOKEN.formatted("…db35"),
      "credentials-files:AwsCredentials local.properties:5 " + AWS_SECRET.formatted("…z2Gg"),
      "credentials-files:AwsCredentials app/build.gradle:19 " + AWS_SECRET.formatted("…PMlo"),
      "credentials-files:TwilioCredentials app/build.gradle:23 " + TWILIO_KEY_SECRET.formatted("…jxuU"),
      "credentials-files:TwilioCredentials app/build.gradle:24 " + TWILIO_TOKEN.formatted("…3353"),
      "credentials-files:AwsCredentials app/src/main/assets/config.json:7 " + AWS_SECRET.formatted("…cFiR"),
      // Android resources and the manifest
      "credentials-xml:TwilioCredentials " + RES + "secrets.xml:3 " + TWILIO_TOKEN.formatted("…171b"),
      "credentials-xml:TwilioCredentials " + RES + "secrets.xml:4 " + TWILIO_TOKEN.formatted("…ce2d"),
      "credentials-xml:TwilioCredentials app/src/main/AndroidManifest.xml:15 " + TWILIO_TOKEN.formatted("…1263"),
      // Kotlin and the Kotlin DSL: the driver app
      "credentials-kotlin:TwilioCredentials driver/build.gradle.kts:15 " + TWILIO_TOKEN.formatted("…ff3e"),
      "credentials-kotlin:TwilioCredentials driver/src/main/kotlin/com/example/rides/driver/DriverSecrets.kt:6 " + TWILIO_TOKEN.formatted("…cfbe"),
      // one Twilio account in both apps of the repository (the SID in the root gradle.properties feeds every module: not counted)
      "credentials-java:SharedAccountSid " + JAVA + "config/Keys.java:6 " + SHARED.formatted("com.example.rides.driver"),
      "credentials-kotlin:SharedAccountSid driver/build.gradle.kts:14 " + SHARED.formatted("com.example.rides"),
      "credentials-kotlin:SharedAccountSid driver/src/main/kotlin/com/example/rides/driver/DriverSecrets.kt:5 " + SHARED.formatted("com.example.rides"),
      // the apps sign in with account credentials: from BuildConfig, resources, constants, literals, a Basic header to api.twilio.com
      "credentials-java:ClientSideAccountCredentials " + JAVA + "voice/VoiceSetup.java:18 " + CLIENT_SIDE_TWILIO,
      "credentials-java:ClientSideAccountCredentials " + JAVA + "voice/VoiceSetup.java:22 " + CLIENT_SIDE_TWILIO,
      "credentials-java:ClientSideAccountCredentials " + JAVA + "voice/VoiceSetup.java:27 " + CLIENT_SIDE_TWILIO,
      "credentials-java:ClientSideAccountCredentials " + JAVA + "sms/SmsNotifier.java:18 " + CLIENT_SIDE_TWILIO,
      "credentials-java:ClientSideAccountCredentials " + JAVA + "storage/PhotoUploader.java:11 " + CLIENT_SIDE_AWS,
      "credentials-java:ClientSideAccountCredentials " + JAVA + "storage/PhotoUploader.java:14 " + CLIENT_SIDE_AWS,
      "credentials-kotlin:ClientSideAccountCredentials " + DRIVER + "DriverApp.kt:12 " + CLIENT_SIDE_TWILIO,
      "credentials-kotlin:ClientSideAccountCredentials " + DRIVER + "DriverApp.kt:16 " + CLIENT_SIDE_TWILIO,
      "credentials-kotlin:ClientSideAccountCredentials " + DRIVER + "DriverApp.kt:24 " + CLIENT_SIDE_TWILIO);
  }

  @Test
  void the_backend_module_signs_in_with_account_credentials_and_stays_silent() {
    assertThat(issues).noneMatch(i -> i.file().startsWith("server/"));
  }

  @Test
  void the_android_app_signs_in_with_values_from_build_config_and_resources() {
    assertThat(issues).filteredOn(i -> i.file().endsWith("VoiceSetup.java") && i.rule().endsWith(":ClientSideAccountCredentials"))
      .extracting(i -> i.line() + " " + i.json().get("flows").toString().contains("Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK")
        + " " + i.json().get("flows").toString().contains("Read from the string resource twilio_auth_token, packaged in the APK"))
      .containsExactly("18 true false", "22 false true", "27 false false");
  }

  @Test
  void each_issue_opens_the_guidance_for_android_apps() {
    assertThat(issues).filteredOn(i -> !i.rule().endsWith(":SharedAccountSid"))
      .allSatisfy(i -> assertThat(i.json().path("ruleDescriptionContextKey").asText()).as(i.toString())
        .isEqualTo(i.message().contains("AWS") ? "aws_sdk_for_android" : "twilio_android_sdks"));
  }

  @Test
  void a_shared_account_points_at_its_other_occurrences() {
    Issue keys = issues.stream().filter(i -> i.file().endsWith("Keys.java") && i.rule().endsWith(":SharedAccountSid")).findFirst().orElseThrow();
    assertThat(keys.json().get("flows").toString())
      .contains("The same Twilio Account SID, in com.example.rides.driver")
      .contains("driver/build.gradle.kts").contains("driver/src/main/kotlin/com/example/rides/driver/DriverSecrets.kt");
  }

  @Test
  void issues_point_at_the_literal_and_at_what_makes_it_a_credential() {
    Issue keys = issues.stream().filter(i -> i.file().endsWith("Keys.java") && i.rule().endsWith(":TwilioCredentials")).findFirst().orElseThrow();
    assertThat(keys.json().get("textRange").toString()).isEqualTo("{\"startLine\":7,\"endLine\":7,\"startOffset\":40,\"endOffset\":74}");
    assertThat(keys.json().get("flows").toString())
      .contains("Twilio Account SID AC…ed9f that goes with it")
      .contains("Passed to Twilio.init here")
      .contains(JAVA + "sms/SmsNotifier.java");
  }

  @Test
  void test_code_is_not_reported() {
    assertThat(issues).noneMatch(i -> i.file().contains("src/test/"));
  }

  @Test
  void no_secret_in_issues_or_in_the_scanner_log() {
    String issuesJson = issues.stream().map(i -> i.json().toString()).reduce("", String::concat);
    for (String value : SECRETS) {
      assertThat(issuesJson).doesNotContain(value).doesNotContain(value.substring(0, 12));
      assertThat(scan.output()).doesNotContain(value);
    }
    for (String value : IDENTIFIERS) {
      assertThat(issuesJson).doesNotContain(value);
      assertThat(scan.output()).doesNotContain(value);
    }
  }

  @Test
  void the_token_based_twin_raises_nothing(SonarQube server) {
    SonarQube.Result clean = server.scan(Projects.path(server, "android-app-clean"), "android-app-clean");
    assertThat(clean.exitCode()).as(clean.output()).isZero();
    assertThat(server.issues("android-app-clean")).isEmpty();
  }
}
