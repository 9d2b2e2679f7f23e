package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertiesEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(PropertiesEscapes.decode("a\\tb\\nc\\rd\\fe\\=f\\:g\\ h\\\\i\\#j")).isEqualTo("a\tb\nc\rd\fe=f:g h\\i#j");
  }

  @Test
  void unicode_escapes() {
    assertThat(PropertiesEscapes.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
  }

  @Test
  void no_octal_escapes() {
    assertThat(PropertiesEscapes.decode("\\101")).isEqualTo("101");
  }

  @Test
  void continued_lines_drop_the_next_line_s_leading_blanks() {
    assertThat(PropertiesEscapes.decode("first \\\n   second")).isEqualTo("first second");
    assertThat(PropertiesEscapes.decode("first \\\r\n\tsecond")).isEqualTo("first second");
  }

  @Test
  void malformed_or_truncated_unicode_escapes_keep_the_letter() {
    assertThat(PropertiesEscapes.decode("\\uZZZZ")).isEqualTo("uZZZZ");
    assertThat(PropertiesEscapes.decode("\\u12")).isEqualTo("u12");
    assertThat(PropertiesEscapes.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(PropertiesEscapes::decode);
  }
}
