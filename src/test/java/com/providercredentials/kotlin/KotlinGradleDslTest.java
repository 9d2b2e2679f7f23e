package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.escapes.EscapeDialect;
import java.util.List;
import org.jetbrains.kotlin.psi.KtEscapeStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtProperty;
import org.jetbrains.kotlin.psi.KtStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;
import org.junit.jupiter.api.Test;

/** build.gradle.kts read by the Kotlin front-end, and Kotlin's escapes as the compiler reads them. */
class KotlinGradleDslTest {

  private static SourceUnit collect(String text) {
    return KotlinSamples.collect("file:///p/app/build.gradle.kts", "/p/app", text);
  }

  @Test
  void build_config_fields_are_java_source_unicode_escapes_included() {
    SourceUnit unit = collect("""
      android {
          defaultConfig {
              buildConfigField("String", "TOKEN", "\\"AC\\\\u0030\\\\u0031\\\\101\\"")
              buildConfigField("String", "KOTLIN", "\\"AC\\u0030\\"")
          }
      }
      """);
    assertThat(value(unit, "TOKEN")).isEqualTo("AC01A");
    assertThat(value(unit, "KOTLIN")).isEqualTo("AC0");
    Binding token = unit.bindings().stream().filter(b -> b.names().equals(List.of("TOKEN"))).findFirst().orElseThrow();
    assertThat(token.keys()).containsExactly("/p/app#BuildConfig.TOKEN", "BuildConfig.TOKEN");
  }

  @Test
  void res_values_and_placeholders_mean_what_they_mean_in_the_groovy_dsl() {
    SourceUnit unit = collect("""
      android {
          defaultConfig {
              resValue("string", "twilio_token", "v")
              manifestPlaceholders["key"] = "p"
          }
      }
      """);
    assertThat(unit.bindings()).extracting(b -> b.names() + "" + b.context() + b.keys()).containsExactly(
      "[twilio_token][resValue][/p/app#R.string.twilio_token, R.string.twilio_token]",
      "[key][manifestPlaceholders][/p/app#manifestPlaceholders.key, manifestPlaceholders.key]");
  }

  private static String value(SourceUnit unit, String name) {
    return unit.bindings().stream().filter(b -> b.names().equals(List.of(name))).map(Binding::value)
      .map(v -> v instanceof Expr.Literal literal ? literal.value() : v.toString()).findFirst().orElseThrow();
  }

  @Test
  void values_taken_from_the_build_s_environment_are_bound_opaque_for_the_build_output_to_tell() {
    SourceUnit unit = collect("""
      android {
          defaultConfig {
              buildConfigField("String", "TWILIO_AUTH_TOKEN", "\\"${System.getenv("TWILIO_AUTH_TOKEN")}\\"")
              buildConfigField("String", "RAW", System.getenv("RAW"))
              resValue("string", "twilio_auth_token", providers.environmentVariable("TWILIO_AUTH_TOKEN").get())
              resValue("string", "computed", computeIt())
          }
      }
      """);
    assertThat(unit.bindings()).extracting(b -> b.names().get(0) + " " + b.context().get(0) + " " + b.value().getClass().getSimpleName())
      .containsExactly("TWILIO_AUTH_TOKEN BuildConfig Opaque", "RAW BuildConfig Opaque", "twilio_auth_token resValue Opaque");
  }

  @Test
  void kotlin_escapes_decode_as_the_compiler_s_own() {
    List<String> escapes = List.of("\\t", "\\b", "\\n", "\\r", "\\'", "\\\"", "\\\\", "\\$", "\\u0041", "\\uD83D\\uDE00", "\\u004", "\\u00G1",
      "\\u+041", "\\x", "\\0", "\\7", "\\8", "\\12", "\\f", "\\s", "\\ ");
    for (String escape : escapes) {
      KtProperty property = (KtProperty) KotlinSamples.parse("E.kt", "val x = \"" + escape + "\"\n").getDeclarations().get(0);
      for (KtStringTemplateEntry entry : ((KtStringTemplateExpression) property.getInitializer()).getEntries()) {
        if (entry instanceof KtEscapeStringTemplateEntry compiled) {
          assertThat(EscapeDialect.KOTLIN.decode(entry.getText())).as(escape).isEqualTo(compiled.getUnescapedValue());
        }
      }
    }
  }
}
