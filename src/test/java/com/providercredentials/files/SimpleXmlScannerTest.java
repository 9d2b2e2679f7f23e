package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;

/** The simple form's grammar: the events of the documents the simple XML reader takes, and the ones it refuses. */
class SimpleXmlScannerTest {

  private static final String STRING = "<string name=\"a\">v</string>";

  /** The events, one a line: type, where, and a local name and attributes or a text; null if the document is refused. */
  private static List<String> events(String document) {
    List<SimpleXmlEvent> events = SimpleXmlScanner.document(document, document.startsWith("\uFEFF") ? 1 : 0);
    return events == null ? null : events.stream().map(SimpleXmlScannerTest::describe).toList();
  }

  private static String describe(SimpleXmlEvent e) {
    String type = switch (e.type()) {
      case XMLStreamConstants.START_ELEMENT -> "start";
      case XMLStreamConstants.END_ELEMENT -> "end";
      case XMLStreamConstants.CHARACTERS -> "text";
      case XMLStreamConstants.COMMENT -> "comment";
      case XMLStreamConstants.CDATA -> "cdata";
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> "pi";
      default -> "?" + e.type();
    };
    String attributes = Arrays.stream(e.attributes()).map(a -> " " + a.name() + "=" + a.value()).collect(Collectors.joining());
    return type + " " + e.start() + "-" + e.end() + (e.localName() == null ? "" : " " + e.localName()) + attributes
      + (e.text() == null ? "" : " [" + e.text() + "]");
  }

  @Test
  void the_events_of_a_resources_file() {
    String document = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c -->\n<resources xmlns:t=\"urn:t\">"
      + "<string name=\"a\" t:ignore='x'>v&amp;w</string><?pi d?><item name=\"b\"><![CDATA[<x>\r\n]]></item><x/></resources>\n";
    assertThat(events(document)).containsExactly(
      "comment 39-49 [ c ]",
      "start 50-77 resources",
      "start 77-107 string name=a {urn:t}ignore=x",
      "text 114-114 [v&w]",
      "end 114-123 string",
      "pi 123-131",
      "start 131-146 item name=b",
      "cdata 146-163 [<x>\n]",
      "end 163-170 item",
      "start 170-174 x",
      "end 174-174 x",
      "end 174-186 resources");
  }

  @Test
  void a_byte_order_mark_and_white_space_around_the_root_element() {
    assertThat(events("\uFEFF <a> </a> \r\n")).containsExactly("start 2-5 a", "text 6-6 [ ]", "end 6-10 a");
    assertThat(events("<a\n/>")).containsExactly("start 0-5 a", "end 5-5 a");
    assertThat(events("<a></a >")).containsExactly("start 0-3 a", "end 3-8 a");
  }

  @Test
  void prefixed_elements_are_named_by_their_local_name() {
    assertThat(events("<p:a xmlns:p=\"u\"><p:b/></p:a>")).containsExactly("start 0-17 a", "start 17-23 b", "end 23-23 b", "end 23-29 a");
    assertThat(events("<xml:a/>")).containsExactly("start 0-8 a", "end 8-8 a");
  }

  @Test
  void declarations_the_jdk_reads_from_a_string_without_question() {
    for (String declaration : List.of("<?xml version=\"1.0\"?>", "<?xml version='1.0' encoding='UTF-8' standalone='no'?>",
      "<?xml\tversion = \"1.0\"\nencoding=\"us-ascii\" ?>", "<?xml version=\"1.0\" standalone=\"yes\"?>")) {
      assertThat(events(declaration + "<a/>")).as(declaration).hasSize(2);
    }
    for (String declaration : List.of("<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0' ?>", "<?xml version=\"1.0\" standalone=\"YES\"?>",
      "<?xml encoding=\"UTF-8\" version=\"1.0\"?>", "<?xml version=\"1.0\"", "<?xmlversion=\"1.0\"?>")) {
      assertThat(events(declaration + "<a/>")).as(declaration).isNull();
    }
    assertThat(events(" <?xml version=\"1.0\"?><a/>")).isNull();
  }

  @Test
  void what_is_not_well_formed_is_refused() {
    for (String document : List.of("", " ", "a", "<a>", "<a/><b/>", "<a></b>", "<a><b></a></b>", "</a>", "<a/>x", "<a>x", "<", "<a",
      "<a x=\"1\"y=\"2\"/>", "<a x=\"1\" x=\"2\"/>", "<a x/>", "<a x=1/>", "<a =\"1\"/>", "<a></a", "<a/ >", "< a/>", "<a>]]></a>",
      "<a>&#0;</a>", "<a>\u0001</a>", "<a>\uFFFE</a>", "<a><!-- x -- y --></a>", "<a><!-- x ---></a>", "<a><!-- x </a>",
      "<a><![CDATA[x</a>", "<a><?xml x?></a>", "<a><?XmL?></a>", "<a><?pi</a>", "<a><?p:i x?></a>", "<a><?pi=x?></a>", "<!-- x --><!-- -->",
      "<a/><!-- x", "<a/><?pi")) {
      assertThat(events(document)).as(document).isNull();
    }
  }

  @Test
  void what_is_outside_the_simple_form_is_refused() {
    for (String document : List.of("<!DOCTYPE a><a/>", "<a>&nbsp;</a>", "<\u00e9/>", "<a \u00e9=\"1\"/>", "<p:a/>", "<a p:x=\"1\"/>",
      "<a xmlns:p=\"\"/>", "<a xmlns:xml=\"" + XMLConstants.XML_NS_URI + "\"/>", "<a><![CDATA[]]></a>",
      "<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>", "<a><b xmlns:p=\"u\"/><p:c/></a>", "<a:b:c/>")) {
      assertThat(events(document)).as(document).isNull();
    }
  }

  @Test
  void comments_instructions_and_character_data_inside_the_root_element() {
    assertThat(events("<?pi?><a><!----><?pi x?>t<![CDATA[ ]]></a><!-- e --><?pi\n?>")).containsExactly(
      "pi 0-6", "start 6-9 a", "comment 9-16 []", "pi 16-24", "text 25-25 [t]", "cdata 25-38 [ ]", "end 38-42 a", "comment 42-52 [ e ]",
      "pi 52-59");
    assertThat(events("<a>x\r\ny&lt;</a>")).containsExactly("start 0-3 a", "text 11-11 [x\ny<]", "end 11-15 a");
  }

  @Test
  void documents_of_more_events_than_it_keeps_are_refused() {
    // counted before each piece of content: the root element's end may take the events one past the bound
    int elements = SimpleXmlMarkup.MAX_EVENTS / 2;
    assertThat(events("<r>" + "<x/>".repeat(elements - 1) + "</r>")).hasSize(SimpleXmlMarkup.MAX_EVENTS);
    assertThat(events("<r>" + "<x/>".repeat(elements - 1) + "t</r>")).hasSize(SimpleXmlMarkup.MAX_EVENTS + 1);
    assertThat(events("<r>" + "<x/>".repeat(elements) + "</r>")).isNull();
  }

  @Test
  void tags_of_more_attributes_than_it_checks_are_refused() {
    StringBuilder tag = new StringBuilder("<a");
    for (int i = 0; i < SimpleXmlMarkup.MAX_NAMES; i++) {
      tag.append(" a").append(i).append("=\"\"");
    }
    assertThat(events(tag + "/>")).hasSize(2);
    assertThat(events(tag + " b=\"\"/>")).isNull();
  }
}
