package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a token may start inside a text: never inside a word, but after a written escape's letter. */
class TokenBoundaryTest {

  @Test
  void a_token_starts_after_a_non_word_character_or_a_written_escape() {
    assertThat(Shape.startsToken("MIIE", 0)).isTrue();
    assertThat(Shape.startsToken("key: MIIE", 5)).isTrue();
    assertThat(Shape.startsToken("-----\\nMIIE", 7)).isTrue();
    assertThat(Shape.startsToken("a\\rMIIE", 3)).isTrue();
    assertThat(Shape.startsToken("a\\tMIIE", 3)).isTrue();
  }

  @Test
  void never_inside_a_word() {
    assertThat(Shape.startsToken("xMIIE", 1)).isFalse();
    assertThat(Shape.startsToken("-----nMIIE", 6)).isFalse();
    assertThat(Shape.startsToken("a\\xMIIE", 3)).isFalse();
  }
}
