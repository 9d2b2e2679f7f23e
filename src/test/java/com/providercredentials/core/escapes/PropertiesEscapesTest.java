package com.providercredentials.core.escapes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertiesEscapesTest {

  @Test
  void simple_escapes() {
    assertThat(EscapeDialect.PROPERTIES.decode("a\\tb\\nc\\rd\\fe\\=f\\:g\\ h\\\\i\\#j")).isEqualTo("a\tb\nc\rd\fe=f:g h\\i#j");
  }

  @Test
  void unicode_escapes() {
    assertThat(EscapeDialect.PROPERTIES.decode("AC\\u0030\\u0031")).isEqualTo("AC01");
  }

  @Test
  void no_octal_escapes() {
    assertThat(EscapeDialect.PROPERTIES.decode("\\101")).isEqualTo("101");
  }

  @Test
  void continued_lines_drop_the_next_line_s_leading_blanks() {
    assertThat(EscapeDialect.PROPERTIES.decode("first \\\n   second")).isEqualTo("first second");
    assertThat(EscapeDialect.PROPERTIES.decode("first \\\r\n\tsecond")).isEqualTo("first second");
  }

  @Test
  void malformed_or_truncated_unicode_escapes_keep_the_letter() {
    assertThat(EscapeDialect.PROPERTIES.decode("\\uZZZZ")).isEqualTo("uZZZZ");
    assertThat(EscapeDialect.PROPERTIES.decode("\\u12")).isEqualTo("u12");
    assertThat(EscapeDialect.PROPERTIES.decode("end\\")).isEqualTo("end\\");
  }

  @Test
  void never_throws() {
    HostileEscapes.neverThrow(EscapeDialect.PROPERTIES::decode);
  }
}
