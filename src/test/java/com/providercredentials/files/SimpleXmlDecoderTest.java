package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Attribute values and character data as the simple XML reader gives them: as the JDK's parser does. */
class SimpleXmlDecoderTest {

  /** The attribute value at the first quote, and what follows it; "refused" if there is none of ours. */
  private static String attributeValue(String text) {
    SimpleXmlInput in = new SimpleXmlInput(text, Math.max(0, indexOfQuote(text)));
    String value = new SimpleXmlDecoder(in).attributeValue();
    return value == null ? "refused" : "[" + value + "]" + text.substring(in.pos);
  }

  private static int indexOfQuote(String text) {
    int quote = text.indexOf('"');
    int apostrophe = text.indexOf('\'');
    return quote < 0 ? apostrophe : apostrophe < 0 ? quote : Math.min(quote, apostrophe);
  }

  /** The character data from the start to the first {@code <}; "refused" if it is not ours. */
  private static String characterData(String text) {
    SimpleXmlInput in = new SimpleXmlInput(text, 0);
    String value = new SimpleXmlDecoder(in).characterData(text.indexOf('<'));
    if (value == null) {
      return "refused";
    }
    assertThat(in.pos).isEqualTo(text.indexOf('<'));
    return value;
  }

  @Test
  void a_plain_value_is_taken_as_written() {
    assertThat(attributeValue("a=\"AC01 23\" b")).isEqualTo("[AC01 23] b");
    assertThat(attributeValue("a='x\"y'/>")).isEqualTo("[x\"y]/>");
    assertThat(attributeValue("a=\"x'y\">")).isEqualTo("[x'y]>");
    assertThat(attributeValue("a=\"\">")).isEqualTo("[]>");
    assertThat(attributeValue("a=\"caf\u00e9 >\"")).isEqualTo("[caf\u00e9 >]");
  }

  @Test
  void references_are_replaced_and_white_space_normalized_in_a_value() {
    assertThat(attributeValue("a=\"x&amp;y&#x41;\"/")).isEqualTo("[x&yA]/");
    assertThat(attributeValue("a=\"a\tb\nc\rd\r\ne\"")).isEqualTo("[a b c d e]");
    // a reference to white space is kept as it is
    assertThat(attributeValue("a=\"a&#9;b&#10;c&#13;d\"")).isEqualTo("[a\tb\nc\rd]");
    assertThat(attributeValue("a=\"&quot;&apos;\"")).isEqualTo("[\"']");
    assertThat(attributeValue("a='\r\r\n'")).isEqualTo("[  ]");
  }

  @Test
  void what_is_not_a_value_of_ours_is_refused() {
    for (String text : new String[] {"a=x", "a=", "a=\"x", "a='x\"", "a=\"x<y\"", "a=\"x&nbsp;\"", "a=\"x&amp\"", "a=\"x\ty", "a=\"&#0;\""}) {
      assertThat(attributeValue(text)).as(text).isEqualTo("refused");
    }
  }

  @Test
  void plain_character_data_is_taken_as_written() {
    assertThat(characterData("AC0123 \u00e9\t\n<")).isEqualTo("AC0123 \u00e9\t\n");
    assertThat(characterData("]]<")).isEqualTo("]]");
    assertThat(characterData("] ]><")).isEqualTo("] ]>");
    assertThat(characterData("<")).isEmpty();
  }

  @Test
  void references_are_replaced_and_line_ends_normalized_in_character_data() {
    assertThat(characterData("a\r\nb\rc\n\rd<")).isEqualTo("a\nb\nc\n\nd");
    assertThat(characterData("&lt;b&gt; &amp;&#x1F600;<")).isEqualTo("<b> &\uD83D\uDE00");
    assertThat(characterData("x&#13;&#10;y<")).isEqualTo("x\r\ny");
    assertThat(characterData("\r<")).isEqualTo("\n");
  }

  @Test
  void character_data_with_a_cdata_end_or_a_reference_not_ours_is_refused() {
    for (String text : new String[] {"a]]>b<", "]]><", "&amp;]]><", "\r]]><", "a&nbsp;<", "a&amp<", "a&#xD800;<", "&<"}) {
      assertThat(characterData(text)).as(text).isEqualTo("refused");
    }
  }

  @Test
  void the_decoder_is_used_again_for_the_next_value() {
    SimpleXmlInput in = new SimpleXmlInput("'a&amp;b' 'c\td' 'e'", 0);
    SimpleXmlDecoder decoder = new SimpleXmlDecoder(in);
    assertThat(decoder.attributeValue()).isEqualTo("a&b");
    in.pos++;
    assertThat(decoder.attributeValue()).isEqualTo("c d");
    in.pos++;
    assertThat(decoder.attributeValue()).isEqualTo("e");
    assertThat(in.pos).isEqualTo(in.length);
  }
}
