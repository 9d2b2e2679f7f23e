package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.SharedAccounts.Occurrence;
import com.providercredentials.core.SharedAccounts.Shared;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedAccountsTest {

  private static final String SID = "AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91";
  private static final String OTHER_SID = "AC90b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
  private static final String KEY_SID = "SK7d2e9c4b1a0f3e6d5c8b7a6f9e0d1c2b";
  /** A key id issued since 2019: it carries its account. */
  private static final String AWS_KEY = AwsKeys.keyId(123456789012L, 0x5a5a5a5aL);
  private static final String AWS_KEY_SAME_ACCOUNT = AwsKeys.keyId(123456789012L, 0x13572468L);
  private static final String AWS_KEY_OTHER_ACCOUNT = AwsKeys.keyId(210987654321L, 0x5a5a5a5aL);

  private final Detector detector = new Detector(SpecLoader.builtIn());
  private final Fingerprints fingerprints = new Fingerprints("test-key");
  private final SharedAccounts shared = new SharedAccounts(fingerprints, o -> false);

  @Test
  void the_same_sid_in_two_applications_is_reported_at_each_occurrence_with_the_other_as_secondary() {
    List<SourceUnit> units = List.of(
      gradle("/repo/app", "com.example.rides"),
      gradle("/repo/driver", "com.example.rides.driver"),
      code("/repo/app", "/repo/app/src/Keys.java", "ACCOUNT", SID, 6),
      code("/repo/driver", "/repo/driver/src/Secrets.kt", "SID", SID, 5));

    List<Shared> issues = find(units, Map.of());

    assertThat(issues).extracting(s -> s.occurrence().location().file() + ":" + s.occurrence().location().startLine() + " " + s.message())
      .containsExactly(
        "/repo/app/src/Keys.java:6 This Twilio Account SID (AC…6e91) is also hard-coded in com.example.rides.driver of this project; "
          + "give each app its own subaccount or API key.",
        "/repo/driver/src/Secrets.kt:5 This Twilio Account SID (AC…6e91) is also hard-coded in com.example.rides of this project; "
          + "give each app its own subaccount or API key.");
    assertThat(issues.get(0).secondaries()).extracting(s -> s.location().file() + ":" + s.location().startLine() + " " + s.message())
      .containsExactly("/repo/driver/src/Secrets.kt:5 The same Twilio Account SID, in com.example.rides.driver");
    assertThat(issues).allSatisfy(s -> assertThat(s.message()).doesNotContain(SID));
  }

  @Test
  void modules_without_an_application_id_are_named_by_their_directory() {
    List<SourceUnit> units = List.of(
      code("/repo/server", "/repo/server/src/A.java", "SID", SID, 3),
      code("/repo/worker", "/repo/worker/src/B.java", "SID", SID, 4));
    assertThat(find(units, Map.of())).extracting(Shared::applications).containsExactly(List.of("worker"), List.of("server"));
  }

  @Test
  void one_application_alone_is_silent_even_with_several_occurrences() {
    List<SourceUnit> units = List.of(
      gradle("/repo/app", "com.example.rides"),
      code("/repo/app", "/repo/app/src/Keys.java", "ACCOUNT", SID, 6),
      code("/repo/app", "/repo/app/src/Other.java", "SID", SID, 2),
      // the root of the build holds configuration that its modules share: it is no application of its own
      resource("/repo", "/repo/gradle.properties", "TWILIO_ACCOUNT_SID", SID, 5),
      code("/repo/lib", "/repo/lib/src/L.java", "SID", OTHER_SID, 2));
    assertThat(find(units, Map.of())).isEmpty();
  }

  @Test
  void two_modules_with_the_same_application_id_are_one_application() {
    List<SourceUnit> units = List.of(
      gradle("/repo/free", "com.example.rides"),
      gradle("/repo/paid", "com.example.rides"),
      code("/repo/free", "/repo/free/src/Keys.java", "ACCOUNT", SID, 6),
      code("/repo/paid", "/repo/paid/src/Keys.java", "ACCOUNT", SID, 6));
    assertThat(find(units, Map.of())).isEmpty();
  }

  @Test
  void other_projects_are_named_even_for_a_single_application() {
    SourceUnit keys = code("/repo/app", "/repo/app/src/Keys.java", "ACCOUNT", SID, 6);
    String fingerprint = fingerprints.of(AccountId.of(twilio(), twilio().identifier("account-sid").orElseThrow(), SID));

    List<Shared> issues = find(List.of(keys), Map.of(fingerprint, List.of("rides-app", "maps-app")));

    assertThat(issues).extracting(Shared::message).containsExactly(
      "This Twilio Account SID (AC…6e91) is also hard-coded in the projects maps-app and rides-app; give each app its own subaccount or API key.");
    assertThat(issues.get(0).secondaries()).isEmpty();
    assertThat(find(List.of(keys), Map.of(fingerprint, List.of("maps-app")))).extracting(Shared::message).containsExactly(
      "This Twilio Account SID (AC…6e91) is also hard-coded in the project maps-app; give each app its own subaccount or API key.");
  }

  @Test
  void applications_and_projects_together_and_long_lists_are_shortened() {
    List<SourceUnit> units = List.of(
      code("/repo/a", "/repo/a/A.java", "SID", KEY_SID, 1),
      code("/repo/b", "/repo/b/B.java", "SID", KEY_SID, 1));
    String fingerprint = fingerprints.of(AccountId.of(twilio(), twilio().identifier("api-key-sid").orElseThrow(), KEY_SID));
    List<String> projects = List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7");

    assertThat(find(units, Map.of(fingerprint, projects)).get(0).message()).isEqualTo(
      "This Twilio API key SID (SK…1c2b) is also hard-coded in b of this project and in the projects p1, p2, p3, p4, p5 and 2 others; "
        + "give each app its own API key, so that one can be revoked without breaking the others.");
  }

  @Test
  void aws_keys_of_one_account_are_one_account_and_keys_of_other_accounts_are_not() {
    List<SourceUnit> units = List.of(
      code("/repo/a", "/repo/a/A.java", "AWS_ACCESS_KEY_ID", AWS_KEY, 3),
      code("/repo/b", "/repo/b/B.java", "AWS_ACCESS_KEY_ID", AWS_KEY_SAME_ACCOUNT, 4),
      code("/repo/c", "/repo/c/C.java", "AWS_ACCESS_KEY_ID", AWS_KEY_OTHER_ACCOUNT, 5));

    List<Shared> issues = find(units, Map.of());

    assertThat(issues).extracting(Shared::message).containsExactly(
      "This AWS account (…9012, key AKIA…" + AWS_KEY.substring(16) + ") is also hard-coded in b of this project; "
        + "give each app its own IAM role and temporary credentials from Cognito or STS.",
      "This AWS account (…9012, key AKIA…" + AWS_KEY_SAME_ACCOUNT.substring(16) + ") is also hard-coded in a of this project; "
        + "give each app its own IAM role and temporary credentials from Cognito or STS.");
    assertThat(issues).allSatisfy(s -> assertThat(s.message()).doesNotContain("123456789012").doesNotContain(AWS_KEY));
  }

  @Test
  void excluded_accounts_are_neither_reported_nor_fingerprinted() {
    SharedAccounts excluding = new SharedAccounts(fingerprints, o -> o.identifier().equals(SID));
    List<SourceUnit> units = List.of(
      code("/repo/a", "/repo/a/A.java", "SID", SID, 1),
      code("/repo/b", "/repo/b/B.java", "SID", SID, 1));
    List<Occurrence> occurrences = excluding.occurrences(detector.detect(units).identifiers());
    assertThat(occurrences).isEmpty();
    assertThat(excluding.find(occurrences, SharedAccounts.applications(units, SharedAccountsTest::name), Map.of())).isEmpty();
  }

  @Test
  void an_identifier_in_a_concatenation_belongs_to_the_constant_it_comes_from() {
    String file = "/repo/a/Api.kt";
    SourceUnit secrets = code("/repo/a", "/repo/a/Secrets.kt", "ACCOUNT", SID, 5);
    secrets.add(new Binding(List.of("Secrets.ACCOUNT"), List.of("ACCOUNT"), List.of("Secrets"), new Expr.Literal(SID, SourceRange.of("/repo/a/Secrets.kt", 5, 10, 5, 46))));
    SourceUnit api = new SourceUnit(file, "/repo/a", SourceUnit.Kind.CODE).add(Binding.named("url", new Expr.Concat(List.of(
      new Expr.Literal("https://api.twilio.com/2010-04-01/Accounts/", SourceRange.of(file, 9, 10, 9, 52)),
      new Expr.Ref(List.of("Secrets.ACCOUNT"), "Secrets.ACCOUNT", SourceRange.of(file, 9, 54, 9, 69)),
      new Expr.Literal("/Calls.json", SourceRange.of(file, 9, 70, 9, 81))), SourceRange.of(file, 9, 9, 9, 82))));

    assertThat(shared.occurrences(detector.detect(List.of(secrets, api)).identifiers()))
      .extracting(o -> o.location().file() + ":" + o.location().startLine()).containsExactly("/repo/a/Secrets.kt:5");
  }

  @Test
  void occurrences_show_masked_identifiers_only() {
    List<Occurrence> occurrences = shared.occurrences(detector.detect(List.of(code("/repo/a", "/repo/a/A.java", "SID", SID, 1))).identifiers());
    assertThat(occurrences).hasSize(1);
    assertThat(occurrences.get(0).toString()).doesNotContain(SID).contains("AC…6e91");
    assertThat(occurrences.get(0).fingerprint()).matches("[0-9a-f]{32}").doesNotContain(SID.substring(2));
  }

  private List<Shared> find(List<SourceUnit> units, Map<String, List<String>> otherProjects) {
    List<Occurrence> occurrences = shared.occurrences(detector.detect(units).identifiers());
    return shared.find(occurrences, SharedAccounts.applications(units, SharedAccountsTest::name), otherProjects);
  }

  private static String name(String module) {
    return module.substring(module.lastIndexOf('/') + 1);
  }

  private static ProviderSpec twilio() {
    return SpecLoader.builtIn().stream().filter(s -> s.id().equals("twilio")).findFirst().orElseThrow();
  }

  private static SourceUnit gradle(String module, String applicationId) {
    String file = module + "/build.gradle";
    return new SourceUnit(file, module, SourceUnit.Kind.RESOURCE)
      .add(new Binding(List.of(), List.of("applicationId"), List.of("defaultConfig"), new Expr.Literal(applicationId, SourceRange.of(file, 3, 20, 3, 40))));
  }

  private static SourceUnit code(String module, String file, String name, String value, int line) {
    return new SourceUnit(file, module, SourceUnit.Kind.CODE)
      .add(Binding.named(name, new Expr.Literal(value, SourceRange.of(file, line, 10, line, 12 + value.length()))));
  }

  private static SourceUnit resource(String module, String file, String name, String value, int line) {
    return new SourceUnit(file, module, SourceUnit.Kind.RESOURCE)
      .add(Binding.named(name, new Expr.Literal(value, SourceRange.of(file, line, 0, line, name.length() + 1 + value.length()))));
  }

  /** Builds synthetic AWS key ids the way AWS lays them out: a set first bit, the account in the next 40 bits. */
  static final class AwsKeys {
    static String keyId(long account, long random) {
      // 80 bits: 1 | 7 random bits | (account << 7) within the first 48 bits, then 32 random bits
      long first48 = (1L << 47) | (account << 7) | (random & 0x7f);
      long last32 = random & 0xffffffffL;
      StringBuilder body = new StringBuilder();
      // 80 bits = 16 base32 digits
      java.math.BigInteger bits = java.math.BigInteger.valueOf(first48).shiftLeft(32).or(java.math.BigInteger.valueOf(last32));
      for (int i = 15; i >= 0; i--) {
        body.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(bits.shiftRight(5 * i).intValue() & 31));
      }
      return "AKIA" + body;
    }
  }
}
