package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin front-end on the Kotlin sample project: what a finding rests on. The issues of its files, with their
 * secondary locations, are the samples' markers, verified with every rule by {@code rules/RuleSamplesTest}.
 */
class KotlinFrontEndTest {

  private static KotlinSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = KotlinSamples.analyse(Path.of("src/test/files/rules/TwilioCredentials/kotlin"));
  }

  @Test
  void a_constant_used_in_another_file_is_taken_for_a_credential_by_the_call_that_receives_it() {
    // its secondaries, the SID beside it and the call in ChatClient.kt, are marked in the samples
    assertThat(finding("…c01d").evidence()).isEqualTo(Finding.Evidence.CALL);
  }

  @Test
  void a_template_joining_constants_into_sid_and_token_is_decoded() {
    assertThat(finding("…c41c").evidence()).isEqualTo(Finding.Evidence.DECODED);
  }

  @Test
  void named_arguments_are_matched_by_name() {
    assertThat(finding("…63ca").evidence()).isEqualTo(Finding.Evidence.CALL);
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
      """.formatted("x".repeat(min - 1) + "1", "y".repeat(min - 2) + "1", "\\u0041".repeat(min / 6 + 1));
    com.providercredentials.core.SourceUnit unit = KotlinSamples.collect("file:///p/app/src/main/kotlin/T.kt", "/p/app", source);
    // the literal of the shortest credential's length, and the template of constants; not the shorter one, nor the
    // one whose escapes are long only as written
    assertThat(unit.bindings()).filteredOn(b -> b.names().isEmpty())
      .extracting(b -> b.value() instanceof com.providercredentials.core.Expr.Literal literal ? literal.value() : b.value().range().startLine() + ": template")
      .containsExactly("x".repeat(min - 1) + "1", "8: template");
  }

  private static Finding finding(String masked) {
    return analysis.findings().stream().filter(f -> f.masked().equals(masked)).findFirst().orElseThrow(() -> new AssertionError("no finding " + masked));
  }

  @Test
  void the_text_of_a_file_is_the_text_its_tree_was_parsed_from() {
    String text = "/* \u00e9t\u00e9 */ package a\n\nconst val KEY = \"caf\u00e9 \\u0041\" // note\n/** KDoc */\nfun f() = \"\"\"\n  raw\n\"\"\"\n";
    org.jetbrains.kotlin.psi.KtFile file = KotlinSamples.parse("A.kt", text);
    assertThat(KotlinStrings.fileText(file)).isEqualTo(file.getText()).isEqualTo(text);
  }
}
