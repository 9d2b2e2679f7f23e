package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AndroidEscapesTest {

  @Test
  void surrounding_quotes_and_simple_escapes() {
    assertThat(AndroidEscapes.decode("\"a b\"")).isEqualTo("a b");
    assertThat(AndroidEscapes.decode("it\\'s \\\"q\\\" \\@x \\?y a\\nb\\tc \\\\")).isEqualTo("it's \"q\" @x ?y a\nb\tc \\");
  }

  @Test
  void unicode_escapes() {
    assertThat(AndroidEscapes.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
  }

  @Test
  void no_octal_escapes() {
    assertThat(AndroidEscapes.decode("\\101")).isEqualTo("101");
  }

  @Test
  void malformed_or_truncated_unicode_escapes_are_kept_as_written() {
    assertThat(AndroidEscapes.decode("\\uZZZZ")).isEqualTo("\\uZZZZ");
    assertThat(AndroidEscapes.decode("\\u12")).isEqualTo("\\u12");
    assertThat(AndroidEscapes.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(AndroidEscapes::decode);
  }
}
