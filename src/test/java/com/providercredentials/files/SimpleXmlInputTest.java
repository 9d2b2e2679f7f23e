package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text under the simple XML reader: names, white space and the characters XML 1.0 allows. */
class SimpleXmlInputTest {

  @Test
  void a_name_is_read_up_to_the_first_character_that_is_not_in_one() {
    SimpleXmlInput in = new SimpleXmlInput("<android:value_1.x-y=", 1);
    assertThat(in.name()).isEqualTo("android:value_1.x-y");
    assertThat(in.pos).isEqualTo(20);
    in = new SimpleXmlInput("_a b", 0);
    assertThat(in.name()).isEqualTo("_a");
    assertThat(in.pos).isEqualTo(2);
  }

  @Test
  void a_name_has_one_prefix_at_most() {
    SimpleXmlInput in = new SimpleXmlInput("a:b:c", 0);
    assertThat(in.name()).isEqualTo("a:b");
    assertThat(in.pos).isEqualTo(3);
  }

  @Test
  void what_is_not_an_ascii_name_is_none() {
    for (String text : new String[] {"", "1a", "-a", ".a", ":a", "a:", "a:1", "é", "aé:b", " a", "=a"}) {
      String name = new SimpleXmlInput(text, 0).name();
      if (text.equals("aé:b")) {
        // the name ends at the first character that is not ASCII: the scanner then finds no '=', '>' nor space there
        assertThat(name).isEqualTo("a");
      } else {
        assertThat(name).as(text).isNull();
      }
    }
  }

  @Test
  void names_start_with_a_letter_or_an_underscore() {
    assertThat(SimpleXmlInput.isNameStart('a')).isTrue();
    assertThat(SimpleXmlInput.isNameStart('Z')).isTrue();
    assertThat(SimpleXmlInput.isNameStart('_')).isTrue();
    assertThat(SimpleXmlInput.isNameStart('0')).isFalse();
    assertThat(SimpleXmlInput.isNameStart('-')).isFalse();
    assertThat(SimpleXmlInput.isNameStart(':')).isFalse();
    assertThat(SimpleXmlInput.isNameChar('0')).isTrue();
    assertThat(SimpleXmlInput.isNameChar('-')).isTrue();
    assertThat(SimpleXmlInput.isNameChar('.')).isTrue();
    assertThat(SimpleXmlInput.isNameChar(':')).isFalse();
    assertThat(SimpleXmlInput.isNameChar('\u00e9')).isFalse();
  }

  @Test
  void valid_characters_are_those_of_xml_1_0_from_the_position_on() {
    assertThat(new SimpleXmlInput("a\tb\nc\rd \uD83D\uDE00 \uFFFD \uE000", 0).validCharacters()).isTrue();
    for (String text : new String[] {"a\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD800a", "\uDC00\uD800", "\uD83D\uDE00\uDE00"}) {
      assertThat(new SimpleXmlInput(text, 0).validCharacters()).as(text).isFalse();
    }
    // before the position (a byte order mark's place): not looked at
    assertThat(new SimpleXmlInput("\u0001<a/>", 1).validCharacters()).isTrue();
  }

  @Test
  void white_space_is_the_four_characters_of_xml() {
    SimpleXmlInput in = new SimpleXmlInput(" \t\r\n\u00A0x", 0);
    in.skipSpace();
    assertThat(in.pos).isEqualTo(4);
    in.skipSpace();
    assertThat(in.pos).isEqualTo(4);
  }

  @Test
  void at_and_starts_with_look_at_the_position() {
    SimpleXmlInput in = new SimpleXmlInput("<a/>", 2);
    assertThat(in.at('/')).isTrue();
    assertThat(in.at('>')).isFalse();
    assertThat(in.startsWith("/>")).isTrue();
    in.pos = 4;
    assertThat(in.at('>')).isFalse();
    assertThat(in.startsWith("")).isTrue();
  }
}
