package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KotlinEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(EscapeDialect.KOTLIN.decode("a\\tb\\nc\\\"d\\'e\\\\f\\$g\\rh\\bi")).isEqualTo("a\tb\nc\"d'e\\f$g\rh\bi");
  }

  @Test
  void unicode_escapes() {
    assertThat(EscapeDialect.KOTLIN.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
    assertThat(EscapeDialect.KOTLIN.decode("\\uD83D\\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void one_octal_digit_as_the_compiler_reads_it() {
    // Kotlin has no octal escapes; its lexer reads a backslash and one character, and its unescaping gives the digit's value
    assertThat(EscapeDialect.KOTLIN.decode("\\0")).isEqualTo("\0");
    assertThat(EscapeDialect.KOTLIN.decode("\\12")).isEqualTo("\u00012");
    assertThat(EscapeDialect.KOTLIN.decode("\\8")).isEqualTo("8");
  }

  @Test
  void malformed_or_truncated_escapes() {
    assertThat(EscapeDialect.KOTLIN.decode("\\u004")).isEqualTo("\\u004");
    assertThat(EscapeDialect.KOTLIN.decode("\\u00G1")).isEqualTo("\\u00G1");
    assertThat(EscapeDialect.KOTLIN.decode("\\x")).isEqualTo("x");
    assertThat(EscapeDialect.KOTLIN.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(EscapeDialect.KOTLIN::decode);
  }
}
