package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.SPECS;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Finding.Secondary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade: what front-ends ask of the core, and the order in which its stages report. */
class DetectorTest {

  private static final Detector DETECTOR = new Detector(SPECS);

  @Test
  void front_ends_ask_which_calls_and_values_are_worth_handing_over() {
    assertThat(DETECTOR.specs()).isEqualTo(SPECS);
    assertThat(DETECTOR.isProviderMethod("init")).isTrue();
    assertThat(DETECTOR.isProviderMethod(Call.CONSTRUCTOR)).isTrue();
    assertThat(DETECTOR.isProviderMethod("addHeader")).isTrue();
    assertThat(DETECTOR.isProviderMethod("println")).isFalse();
    assertThat(DETECTOR.hasCredentialShape(SID)).isTrue();
    assertThat(DETECTOR.hasCredentialShape(TOKEN)).isTrue();
    assertThat(DETECTOR.hasCredentialShape(SID + "0")).isFalse();
    assertThat(DETECTOR.hasCredentialShape("twilio.auth_token")).isFalse();
  }

  @Test
  void a_secret_written_with_its_identifier_is_reported_once_as_such_whatever_its_name_says() {
    SourceRange joinedAt = SourceRange.of("Main.java", 5, 10, 5, 40);
    Expr.Concat joined = new Expr.Concat(List.of(ref("Main.java", 5, "SID"), literal("Main.java", 5, 20, ":"), ref("Main.java", 5, "TWILIO_TOKEN")),
      joinedAt);
    SourceUnit keys = code("Keys.java").add(constant("SID", literal("Keys.java", 1, SID))).add(constant("TWILIO_TOKEN", literal("Keys.java", 2, TOKEN)));
    SourceUnit main = code("Main.java").add(Binding.named("CREDENTIALS", joined));

    Detector.Result result = DETECTOR.detect(List.of(keys, main));

    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.location()).isEqualTo(at("Keys.java", 2));
      assertThat(finding.evidence()).isEqualTo(Evidence.DECODED);
      assertThat(finding.secondaries()).containsExactly(
        new Secondary(at("Keys.java", 1), "Twilio Account SID AC…10c1 that goes with it"),
        new Secondary(joinedAt, "Joined with the Account SID into a credential here"));
    });
    assertThat(result.identifiers()).extracting(Detector.IdentifierFound::toString)
      .containsExactly("twilio:account-sid AC…10c1 at Keys.java:1:10-1:50");
    assertThat(result.identifiers().get(0).module()).isEqualTo("app");
  }

  @Test
  void nothing_is_found_in_nothing() {
    assertThat(DETECTOR.detect(List.of()).findings()).isEmpty();
    assertThat(DETECTOR.detect(List.of(code("Empty.java"))).identifiers()).isEmpty();
  }

  @Test
  void a_url_is_reported_by_its_secret_part_masked_with_the_account_it_holds() {
    Detector detector = new Detector(List.of(UrlSpecs.CLOUDLY, UrlSpecs.HOOKLY));
    String file = "Media.java";
    SourceUnit unit = code(file)
      .add(constant("MEDIA", literal(file, 1, "upload to " + UrlSpecs.URL)))
      .add(constant("HOOKLY_WEBHOOK", literal(file, 2, UrlSpecs.WEBHOOK)));
    Detector.Result result = detector.detect(List.of(unit));
    assertThat(result.findings()).extracting(f -> f.location().startLine() + " " + f.kind() + " " + f.masked() + " " + f.evidence() + " " + f.message())
      .containsExactly(
        "1 url …CfrL PAIR Remove the secret from this Cloudly URL (…CfrL).",
        "2 webhook …tHF4 NAME Revoke this Hookly webhook (…tHF4).");
    // the identifier is in the URL itself: no secondary location for it
    assertThat(result.findings()).allSatisfy(f -> {
      assertThat(f.secondaries()).isEmpty();
      assertThat(f.message()).doesNotContain(UrlSpecs.URL_SECRET).doesNotContain(UrlSpecs.HOOK_SECRET).doesNotContain("cloudly://").doesNotContain("hooks.");
    });
    assertThat(result.identifiers()).extracting(Detector.IdentifierFound::toString).containsExactly("cloudly:api-key …7601 at Media.java:1:10-1:50");
  }
}
