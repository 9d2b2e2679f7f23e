package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.testing.SampleVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KotlinFrontEndTest {

  private static KotlinSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = KotlinSamples.analyse(Path.of("src/test/files/kotlin"));
  }

  @Test
  void every_file_raises_exactly_its_expected_issues() {
    SampleVerifier.verify(analysis.findings(), analysis.files());
  }

  @Test
  void a_constant_used_in_another_file_is_reported_on_its_literal_with_the_use_as_secondary_location() {
    Finding finding = finding("…c01d");
    assertThat(finding.location().file()).endsWith("AppConfig.kt");
    assertThat(finding.evidence()).isEqualTo(Finding.Evidence.CALL);
    assertThat(finding.secondaries()).extracting(s -> fileName(s.location().file()) + ":" + s.location().startLine() + " " + s.message())
      .containsExactly("AppConfig.kt:5 Twilio Account SID AC…c011 that goes with it", "ChatClient.kt:24 Passed to Twilio.init here");
  }

  @Test
  void a_template_joining_constants_into_sid_and_token_is_reported_on_the_token() {
    Finding finding = finding("…c41c");
    assertThat(finding.location().file()).endsWith("ChatClient.kt");
    assertThat(finding.location().startLine()).isEqualTo(12);
    assertThat(finding.evidence()).isEqualTo(Finding.Evidence.DECODED);
    assertThat(finding.secondaries()).extracting(s -> s.location().startLine() + " " + s.message())
      .containsExactly("11 Twilio Account SID AC…b507 that goes with it", "45 Joined with the Account SID into a credential here");
  }

  @Test
  void named_arguments_are_matched_by_name() {
    assertThat(finding("…63ca").evidence()).isEqualTo(Finding.Evidence.CALL);
  }

  @Test
  void companion_object_constants_resolve_in_calls() {
    Finding finding = finding("…24b4");
    assertThat(finding.secondaries()).extracting(Finding.Secondary::message).contains("Passed to Credentials.basic here");
  }

  @Test
  void templates_that_no_name_holds_are_recorded_when_they_may_be_credentials() {
    int min = KotlinSamples.DETECTOR.minimumLength();
    String source = """
      object T {
          const val A = "a"
          const val B = "b"
          fun f() {
              "%s".length
              "%s".length
              "%s".length
              "$A:$B".length
          }
      }
      """.formatted("x".repeat(min), "y".repeat(min - 1), "\\u0041".repeat(min / 6 + 1));
    com.providercredentials.core.SourceUnit unit = KotlinSamples.collect("file:///p/app/src/main/kotlin/T.kt", "/p/app", source);
    // the literal of the shortest credential's length, and the template of constants; not the shorter one, nor the
    // one whose escapes are long only as written
    assertThat(unit.bindings()).filteredOn(b -> b.names().isEmpty())
      .extracting(b -> b.value() instanceof com.providercredentials.core.Expr.Literal literal ? literal.value() : b.value().range().startLine() + ": template")
      .containsExactly("x".repeat(min), "8: template");
  }

  private static Finding finding(String masked) {
    return analysis.findings().stream().filter(f -> f.masked().equals(masked)).findFirst().orElseThrow(() -> new AssertionError("no finding " + masked));
  }

  private static String fileName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
