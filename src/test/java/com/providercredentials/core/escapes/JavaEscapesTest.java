package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(JavaEscapes.decode("a\\tb\\nc\\\"d\\'e\\\\f\\sg\\rh\\bi\\fj")).isEqualTo("a\tb\nc\"d'e\\f g\rh\bi\fj");
  }

  @Test
  void unicode_escapes_first_with_any_number_of_u() {
    assertThat(JavaEscapes.decode("AC\\u0030\\uuu0031")).isEqualTo("AC01");
    // a unicode escape is translated before the others: \u005c is a backslash that escapes what follows
    assertThat(JavaEscapes.decode("\\u005cn")).isEqualTo("\n");
    // an escaped backslash before u is not a unicode escape
    assertThat(JavaEscapes.decode("\\\\u0041")).isEqualTo("\\u0041");
  }

  @Test
  void octal_escapes() {
    assertThat(JavaEscapes.decode("\\101\\0\\7\\377")).isEqualTo("A\0\7\u00ff");
    assertThat(JavaEscapes.decode("\\400")).isEqualTo(" 0");
  }

  @Test
  void malformed_or_truncated_escapes_leave_the_text_as_written() {
    assertThat(JavaEscapes.decode("a\\qb\\n")).isEqualTo("a\\qb\\n");
    assertThat(JavaEscapes.decode("\\u12")).isEqualTo("\\u12");
    assertThat(JavaEscapes.decode("\\uZZZZ")).isEqualTo("\\uZZZZ");
    assertThat(JavaEscapes.decode("\\u+041")).isEqualTo("\\u+041");
    assertThat(JavaEscapes.decode("A\\u0042\\q")).isEqualTo("AB\\q");
    assertThat(JavaEscapes.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(JavaEscapes::decode);
  }
}
