package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AndroidEscapesTest {

  @Test
  void surrounding_quotes_and_simple_escapes() {
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("\"a b\"")).isEqualTo("a b");
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("it\\'s \\\"q\\\" \\@x \\?y a\\nb\\tc \\\\")).isEqualTo("it's \"q\" @x ?y a\nb\tc \\");
  }

  @Test
  void unicode_escapes() {
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
  }

  @Test
  void no_octal_escapes() {
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("\\101")).isEqualTo("101");
  }

  @Test
  void malformed_or_truncated_unicode_escapes_are_kept_as_written() {
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("\\uZZZZ")).isEqualTo("\\uZZZZ");
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("\\u12")).isEqualTo("\\u12");
    assertThat(EscapeDialect.ANDROID_RESOURCE.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(EscapeDialect.ANDROID_RESOURCE::decode);
  }
}
