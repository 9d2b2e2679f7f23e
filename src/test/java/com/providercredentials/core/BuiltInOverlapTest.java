package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.SPECS;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which built-in rules of SonarQube report a finding too, value and place alike (docs/adr/020). */
class BuiltInOverlapTest {

  private static final Detector DETECTOR = new Detector(SPECS);
  private static final String KEY_ID = "AKIACLH4S2ZFTBDDT3RQ";
  private static final String AWS_SECRET = "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";
  private static final String SID = "ACe7c66e612e8601964ee69df0a52fec86";
  private static final String TOKEN = "831f3744a75af931a38a900704b49386";

  @Test
  void an_aws_secret_named_aws_and_secret_is_also_reported_by_sonar_text_wherever_it_reads() {
    assertThat(onlyFinding(code("Keys.java").add(constant("AWS_SECRET_ACCESS_KEY", literal("Keys.java", 1, AWS_SECRET)))).alsoReportedBy())
      .containsExactly("secrets:S6290");
    assertThat(onlyFinding(resource("res/values/keys.xml", "app").add(constant("awsSecretKey", literal("res/values/keys.xml", 1, AWS_SECRET))))
      .alsoReportedBy()).containsExactly("secrets:S6290");
  }

  @Test
  void not_in_build_gradle_which_sonar_text_does_not_read() {
    assertThat(onlyFinding(resource("app/build.gradle", "app").add(constant("AWS_SECRET_KEY", literal("app/build.gradle", 1, AWS_SECRET))))
      .alsoReportedBy()).isEmpty();
  }

  @Test
  void not_under_names_its_pattern_does_not_hold() {
    // our names say it (secret, access, key), sonar-text's pattern may not: better two issues than none
    assertThat(onlyFinding(code("Keys.java").add(constant("SECRET_ACCESS_KEY", literal("Keys.java", 1, AWS_SECRET)))).alsoReportedBy()).isEmpty();
  }

  @Test
  void not_when_the_key_id_is_beside_it_our_issue_adds_the_pair() {
    SourceUnit unit = code("Keys.java")
      .add(constant("AWS_ACCESS_KEY_ID", literal("Keys.java", 1, KEY_ID)))
      .add(constant("AWS_SECRET_ACCESS_KEY", literal("Keys.java", 2, AWS_SECRET)));
    assertThat(onlyFinding(unit).alsoReportedBy()).isEmpty();
  }

  @Test
  void a_literal_written_in_a_resolved_call_that_declares_a_built_in_rule_is_also_reported_by_it() {
    Expr.Literal secret = literal("Client.java", 3, 40, TOKEN);
    Call resolved = new Call("com.twilio.Twilio", "Twilio", "init", List.of(Call.Argument.of(new Expr.Opaque(Expr.Origin.OTHER, "sid()", at("Client.java", 3))),
      Call.Argument.of(secret)), SourceRange.of("Client.java", 3, 4, 3, 15));
    assertThat(onlyFinding(code("Client.java").add(resolved))
      .alsoReportedBy()).containsExactly("java:S6437");
  }

  @Test
  void a_stripe_key_written_in_a_resolved_client_constructor_is_left_to_s6437_as_measured() {
    String key = "sk_live_" + "8XAab5pY89EwsANsYIEYLm7E";
    Call resolved = new Call("com.stripe.StripeClient", "StripeClient", Call.CONSTRUCTOR, List.of(Call.Argument.of(literal("Pay.java", 3, 30, key))),
      SourceRange.of("Pay.java", 3, 8, 3, 20));
    assertThat(onlyFinding(code("Pay.java").add(resolved)).alsoReportedBy()).containsExactly("java:S6437");
    // the same key in a constant, or in Kotlin, is reported by no built-in rule at that place
    assertThat(onlyFinding(code("Pay.java").add(constant("KEY", literal("Pay.java", 1, key)))).alsoReportedBy()).isEmpty();
    Call inKotlin = new Call("com.stripe.StripeClient", "StripeClient", Call.CONSTRUCTOR, List.of(Call.Argument.of(literal("Pay.kt", 3, 30, key))),
      SourceRange.of("Pay.kt", 3, 8, 3, 20));
    assertThat(onlyFinding(code("Pay.kt").add(inKotlin)).alsoReportedBy()).isEmpty();
  }

  @Test
  void not_when_the_call_is_unresolved_nor_with_the_identifier_beside_it() {
    Expr.Literal secret = literal("Client.java", 3, 40, TOKEN);
    Call unresolved = new Call(null, "Twilio", "init", List.of(Call.Argument.of(new Expr.Opaque(Expr.Origin.OTHER, "sid()", at("Client.java", 3))),
      Call.Argument.of(secret)), SourceRange.of("Client.java", 3, 4, 3, 15));
    assertThat(onlyFinding(code("Client.java").add(unresolved)).alsoReportedBy()).isEmpty();
    SourceUnit paired = code("Client.java").add(call("com.twilio.Twilio", "init", "Client.java", 3, literal("Client.java", 3, 10, SID),
      literal("Client.java", 3, 60, TOKEN)));
    assertThat(onlyFinding(paired).alsoReportedBy()).isEmpty();
  }

  @Test
  void a_built_in_rule_is_written_repository_colon_key() {
    assertThatThrownBy(() -> zeta("""
          shape: {alphabet: hex, length: 32}
          reported-by:
            - {rule: S6290, names: [[zeta, key]]}
      """)).hasMessageContaining("repository:key");
  }

  @Test
  void a_built_in_rule_without_names_reports_the_shape_whatever_its_name_but_not_in_the_folders_it_skips() {
    Detector zeta = new Detector(List.of(zeta("""
          shape: {prefixes: [zt_live_], alphabet: alnum, length: 30}
          distinctive: true
          reported-by:
            - {rule: "secrets:S9999", except-files: [/src/test/, .gradle]}
      """)));
    String key = "zt_live_" + "Q7rT2mXk9LpW4vN8sB3cJ6hD1fG5yZ";
    assertThat(only(zeta, code("app/src/main/java/Keys.java").add(constant("VALUE", literal("app/src/main/java/Keys.java", 1, key))))
      .alsoReportedBy()).containsExactly("secrets:S9999");
    assertThat(only(zeta, code("app/src/test/java/KeysTest.java").add(constant("VALUE", literal("app/src/test/java/KeysTest.java", 1, key))))
      .alsoReportedBy()).isEmpty();
    assertThat(only(zeta, code("src/test/java/KeysTest.java").add(constant("VALUE", literal("src/test/java/KeysTest.java", 1, key))))
      .alsoReportedBy()).isEmpty();
    assertThat(only(zeta, resource("app/build.gradle", "app").add(constant("VALUE", literal("app/build.gradle", 1, key))))
      .alsoReportedBy()).isEmpty();
  }

  private static Finding only(Detector detector, SourceUnit unit) {
    List<Finding> findings = detector.detect(List.of(unit)).findings();
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static Finding onlyFinding(SourceUnit unit) {
    return only(DETECTOR, unit);
  }

  /** A provider Zeta with one secret kind, {@code key}, of which {@code kind} says the rest (indented as a kind's keys). */
  private static ProviderSpec zeta(String kind) {
    return SpecLoader.parse("zeta.yaml", """
      id: zeta
      name: Zeta
      rule: ZetaCredentials
      words: [zeta]
      identifiers: []
      secrets:
        - kind: key
          label: key
          message: "Revoke ({masked})."
      """ + kind);
  }
}
