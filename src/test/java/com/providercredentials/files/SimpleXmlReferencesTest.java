package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The references the simple XML reader replaces, and the ones it leaves to the JDK's parser. */
class SimpleXmlReferencesTest {

  /** Decodes the reference at the first {@code &}: what it stands for and the text after it, or "refused". */
  private static String decode(String text) {
    StringBuilder out = new StringBuilder("[");
    int end = SimpleXmlReferences.decode(new SimpleXmlInput(text, 0), text.indexOf('&'), out);
    if (end < 0) {
      assertThat(out).as("nothing appended").hasToString("[");
      return "refused";
    }
    return out.append("]").append(text.substring(end)).toString();
  }

  @Test
  void the_five_predefined_entities() {
    assertThat(decode("&lt;x")).isEqualTo("[<]x");
    assertThat(decode("&gt;")).isEqualTo("[>]");
    assertThat(decode("a&amp;&amp;")).isEqualTo("[&]&amp;");
    assertThat(decode("&apos;")).isEqualTo("[']");
    assertThat(decode("&quot;")).isEqualTo("[\"]");
  }

  @Test
  void decimal_and_hexadecimal_character_references() {
    assertThat(decode("&#65;")).isEqualTo("[A]");
    assertThat(decode("&#x41;")).isEqualTo("[A]");
    assertThat(decode("&#x4a;&#x4A;")).isEqualTo("[J]&#x4A;");
    assertThat(decode("&#x1F600;")).isEqualTo("[\uD83D\uDE00]");
    assertThat(decode("&#9;&#10;&#13;")).isEqualTo("[\t]&#10;&#13;");
    assertThat(decode("&#000000065;")).isEqualTo("[A]");
  }

  @Test
  void other_references_are_refused() {
    for (String text : new String[] {"&nbsp;", "&LT;", "&e;", "&;", "&#;", "&#x;", "&#X41;", "&#-65;", "&#+65;", "&#6 5;", "&#x4g;", "&# 65;"}) {
      assertThat(decode(text)).as(text).isEqualTo("refused");
    }
  }

  @Test
  void references_to_what_is_not_an_xml_character_are_refused() {
    for (String text : new String[] {"&#0;", "&#x1;", "&#x1F;", "&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#x110000;", "&#xFFFFFFFF;", "&#99999999999;"}) {
      assertThat(decode(text)).as(text).isEqualTo("refused");
    }
    assertThat(decode("&#x20;&#xD7FF;")).isEqualTo("[ ]&#xD7FF;");
    assertThat(decode("&#xE000;")).isEqualTo("[\uE000]");
    assertThat(decode("&#xFFFD;")).isEqualTo("[\uFFFD]");
    assertThat(decode("&#x10FFFF;")).isEqualTo("[\uDBFF\uDFFF]");
  }

  @Test
  void digits_of_other_scripts_are_refused() {
    // Character.digit takes them; XML does not
    assertThat(decode("&#\u0661;")).isEqualTo("refused");
    assertThat(decode("&#x\uFF21;")).isEqualTo("refused");
    assertThat(decode("&#\uFF11;")).isEqualTo("refused");
  }

  @Test
  void a_name_of_more_than_ten_characters_or_without_a_semicolon_is_refused() {
    // ten characters between & and ;
    assertThat(decode("&#000000065;")).isEqualTo("[A]");
    assertThat(decode("&#x00000041;")).isEqualTo("[A]");
    // eleven
    assertThat(decode("&#0000000065;")).isEqualTo("refused");
    assertThat(decode("&#x000000041;")).isEqualTo("refused");
    assertThat(decode("&amp")).isEqualTo("refused");
    assertThat(decode("&amp <a>;")).isEqualTo("refused");
    assertThat(decode("&")).isEqualTo("refused");
  }

  @Test
  void code_points_by_name() {
    assertThat(SimpleXmlReferences.codePoint("lt")).isEqualTo('<');
    assertThat(SimpleXmlReferences.codePoint("#x10")).isEqualTo(16);
    assertThat(SimpleXmlReferences.codePoint("#10")).isEqualTo(10);
    assertThat(SimpleXmlReferences.codePoint("#")).isEqualTo(-1);
    assertThat(SimpleXmlReferences.codePoint("")).isEqualTo(-1);
    assertThat(SimpleXmlReferences.codePoint("copy")).isEqualTo(-1);
    assertThat(SimpleXmlReferences.isXmlCharacter(0x9)).isTrue();
    assertThat(SimpleXmlReferences.isXmlCharacter(0xB)).isFalse();
    assertThat(SimpleXmlReferences.isXmlCharacter(-1)).isFalse();
  }
}
