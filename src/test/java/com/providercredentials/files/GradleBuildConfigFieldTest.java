package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value of a {@code buildConfigField} is Java source: the build script's string escapes are decoded first (Groovy's
 * or Kotlin's), then Java's, {@code \}{@code uXXXX} included, as the Java compiler reads the generated BuildConfig.
 */
class GradleBuildConfigFieldTest {

  private static String buildConfig(String file, String text, String name) {
    SourceUnit unit = new SourceUnit("file:///p/app/" + file, "/p/app", SourceUnit.Kind.RESOURCE);
    new GradleFrontEnd().read(text, unit);
    return unit.bindings().stream().filter(b -> b.names().equals(List.of(name)) && b.context().contains("BuildConfig"))
      .map(Binding::value).map(v -> v instanceof Expr.Literal literal ? literal.value() : v.toString()).findFirst().orElseThrow();
  }

  @Test
  void groovy_dsl_java_unicode_escapes() {
    String script = """
      android {
        defaultConfig {
          buildConfigField "String", "SINGLE", '"AC\\\\u0030\\\\u0031\\\\t"'
          buildConfigField "String", "DOUBLE", "\\"AC\\\\u0030\\\\101\\""
          buildConfigField "String", "GROOVY", '"AC\\u0030"'
        }
      }
      """;
    assertThat(buildConfig("build.gradle", script, "SINGLE")).isEqualTo("AC01\t");
    assertThat(buildConfig("build.gradle", script, "DOUBLE")).isEqualTo("AC0A");
    assertThat(buildConfig("build.gradle", script, "GROOVY")).isEqualTo("AC0");
  }

  @Test
  void kotlin_dsl_java_unicode_escapes() {
    String script = """
      android {
        defaultConfig {
          buildConfigField("String", "TOKEN", "\\"AC\\\\u0030\\\\u0031\\"")
        }
      }
      """;
    assertThat(buildConfig("build.gradle.kts", script, "TOKEN")).isEqualTo("AC01");
  }

  @Test
  void a_malformed_java_escape_leaves_the_value_as_written() {
    String script = """
      buildConfigField "String", "BAD", '"AC\\\\q"'
      """;
    assertThat(buildConfig("build.gradle", script, "BAD")).isEqualTo("AC\\q");
  }

  private static Expr field(String text, String name) {
    SourceUnit unit = new SourceUnit("file:///p/app/build.gradle", "/p/app", SourceUnit.Kind.RESOURCE);
    new GradleFrontEnd().read(text, unit);
    return unit.bindings().stream().filter(b -> b.names().equals(List.of(name)) && b.context().contains("BuildConfig"))
      .map(Binding::value).findFirst().orElse(null);
  }

  @Test
  void a_property_read_is_java_source_written_in_a_properties_file() {
    String script = """
      def props = new Properties()
      props.load(rootProject.file("secrets.properties").newDataInputStream())
      android {
        defaultConfig {
          buildConfigField "String", "LOADED", "\\"${props['TOKEN']}\\""
          buildConfigField "String", "GOT", props.getProperty("TOKEN")
          buildConfigField "String", "GRADLE", project.property('TOKEN')
          buildConfigField "String", "BARE", TOKEN
          buildConfigField "int", "NUMBER", "42"
        }
      }
      """;
    assertThat(((Expr.Ref) field(script, "LOADED")).keys()).containsExactly("gradle:TOKEN", "properties:TOKEN");
    assertThat(((Expr.Ref) field(script, "GOT")).keys()).containsExactly("gradle:TOKEN", "properties:TOKEN");
    assertThat(((Expr.Ref) field(script, "GRADLE")).keys()).containsExactly("gradle:TOKEN");
    assertThat(((Expr.Ref) field(script, "BARE")).keys()).containsExactly("file:///p/app/build.gradle#TOKEN", "gradle:TOKEN");
    assertThat(field(script, "NUMBER")).isNull();
  }
}
