package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroovyEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(EscapeDialect.GROOVY.decode("a\\tb\\nc\\\"d\\'e\\\\f\\$g\\rh\\bi\\fj")).isEqualTo("a\tb\nc\"d'e\\f$g\rh\bi\fj");
  }

  @Test
  void unicode_escapes() {
    assertThat(EscapeDialect.GROOVY.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
  }

  @Test
  void octal_escapes() {
    assertThat(EscapeDialect.GROOVY.decode("\\101\\0\\7")).isEqualTo("A\0\7");
    assertThat(EscapeDialect.GROOVY.decode("\\377\\477")).isEqualTo("\u00ff'7");
    assertThat(EscapeDialect.GROOVY.decode("\\8")).isEqualTo("8");
  }

  @Test
  void line_continuation() {
    assertThat(EscapeDialect.GROOVY.decode("a\\\nb")).isEqualTo("ab");
  }

  @Test
  void malformed_or_truncated_unicode_escapes_keep_the_letter() {
    assertThat(EscapeDialect.GROOVY.decode("\\uZZZZ")).isEqualTo("uZZZZ");
    assertThat(EscapeDialect.GROOVY.decode("\\u12")).isEqualTo("u12");
    assertThat(EscapeDialect.GROOVY.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void decodes_one_escape_for_a_lexer() {
    StringBuilder out = new StringBuilder();
    assertThat(EscapeDialect.GROOVY.decodeAt("x\\u0041y", 1, out)).isEqualTo(7);
    assertThat(EscapeDialect.GROOVY.decodeAt("\\n", 0, out)).isEqualTo(2);
    assertThat(out).hasToString("A\n");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(EscapeDialect.GROOVY::decode);
  }
}
