package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values in quotes, and the keys under which build scripts read the entries: Gradle's own files, the files they load
 * ({@code secrets.properties}), and none for resources and Spring's configuration.
 */
class PropertiesValuesTest {

  private static List<String> bindings(String file, String text) throws FileFrontEnd.UnreadableFile {
    return bindings(file, "/p", text);
  }

  private static List<String> bindings(String file, String module, String text) throws FileFrontEnd.UnreadableFile {
    SourceUnit unit = new SourceUnit("file:///p/" + file, module, SourceUnit.Kind.RESOURCE);
    new PropertiesFrontEnd().read(text, unit);
    return unit.bindings().stream().map(PropertiesValuesTest::show).toList();
  }

  private static String show(Binding binding) {
    Expr.Literal literal = (Expr.Literal) binding.value();
    return binding.names() + " '" + literal.value() + "'@" + literal.range().startLine() + ":" + literal.range().startColumn() + "-"
      + literal.range().endColumn() + " " + binding.keys();
  }

  @Test
  void a_value_in_quotes_is_what_the_quotes_hold_whatever_the_separator() throws Exception {
    assertThat(bindings("gradle.properties", """
      A = "a1b2"
      B='c3'
      C: "d4"
      D "e5"
      E = "f6" \s
      """)).containsExactly(
        "[A] 'a1b2'@1:5-9 [gradle:A]",
        "[B] 'c3'@2:3-5 [gradle:B]",
        "[C] 'd4'@3:4-6 [gradle:C]",
        "[D] 'e5'@4:3-5 [gradle:D]",
        "[E] 'f6'@5:5-7 [gradle:E]");
  }

  @Test
  void quotes_that_do_not_enclose_the_whole_value_are_part_of_it() throws Exception {
    assertThat(bindings("gradle.properties", """
      A = "open
      B = close"
      C = "a" and "b"
      D = "mixed'
      E = "
      F = ""
      G = 'it''s'
      """)).containsExactly(
        "[A] '\"open'@1:4-9 [gradle:A]",
        "[B] 'close\"'@2:4-10 [gradle:B]",
        "[C] '\"a\" and \"b\"'@3:4-15 [gradle:C]",
        "[D] '\"mixed''@4:4-11 [gradle:D]",
        "[E] '\"'@5:4-5 [gradle:E]",
        "[F] ''@6:5-5 [gradle:F]",
        "[G] ''it''s''@7:4-11 [gradle:G]");
  }

  @Test
  void files_beside_the_build_scripts_are_read_under_keys_of_their_own() throws Exception {
    assertThat(bindings("secrets.properties", "KEY=v\n")).containsExactly("[KEY] 'v'@1:4-5 [properties:KEY]");
    assertThat(bindings("app/apikey.properties", "/p/app", "KEY=v\n")).containsExactly("[KEY] 'v'@1:4-5 [properties:KEY]");
    assertThat(bindings("app/local.properties", "/p/app", "KEY=v\n")).containsExactly("[KEY] 'v'@1:4-5 [gradle:KEY]");
    // resources of the app, and files of another module, are not what this module's scripts load
    assertThat(bindings("app/src/main/resources/keys.properties", "/p/app", "KEY=v\n")).containsExactly("[KEY] 'v'@1:4-5 []");
    assertThat(bindings("app/apikey.properties", "/p", "KEY=v\n")).containsExactly("[KEY] 'v'@1:4-5 []");
    assertThat(PropertiesFrontEnd.loadedByBuildScripts("file:///C:/p/app/keys.properties", "C:\\p\\app")).isTrue();
    assertThat(PropertiesFrontEnd.loadedByBuildScripts("not a uri", "/p")).isFalse();
  }
}
