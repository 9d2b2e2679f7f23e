package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(EscapeDialect.JSON.decode("a\\tb\\nc\\\"d\\/e\\\\f\\rg\\bh\\fi")).isEqualTo("a\tb\nc\"d/e\\f\rg\bh\fi");
  }

  @Test
  void unicode_escapes() {
    assertThat(EscapeDialect.JSON.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
    assertThat(EscapeDialect.JSON.decode("\\ud83d\\ude00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void other_characters_stand_for_themselves() {
    assertThat(EscapeDialect.JSON.decode("\\x\\0")).isEqualTo("x0");
  }

  @Test
  void malformed_or_truncated_escapes_are_null() {
    assertThat(EscapeDialect.JSON.decode("\\u12")).isNull();
    assertThat(EscapeDialect.JSON.decode("\\uZZZZ")).isNull();
    assertThat(EscapeDialect.JSON.decode("\\u+041")).isNull();
    assertThat(EscapeDialect.JSON.decode("end\\")).isNull();
    assertThat(EscapeDialect.JSON.decodeAt("\\u00", 0, new StringBuilder())).isEqualTo(-1);
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(EscapeDialect.JSON::decode);
  }
}
