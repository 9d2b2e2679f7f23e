package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * What the front-end reads through {@link XmlMarkup}, from either reader: {@link SimpleXmlMarkup} walking the events
 * its scanner kept, and {@link StaxMarkup}, the JDK's parser, must give the same events, names, attributes, texts and
 * places.
 */
class XmlMarkupTest {

  private static final String A = AndroidXmlFrontEnd.ANDROID_NS;
  private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<manifest xmlns:android=\"" + A + "\" package=\"p\">\n"
    + "  <!-- keys -->\n  <application android:label=\"@string/app\">\n"
    + "    <meta-data android:name=\"com.example.TOKEN\" xml:lang=\"en\" android:value = 'a&amp;b\tc' />\n"
    + "    <meta-data android:name=\"n\" android:value=\"v\"></meta-data>\n  </application>\n</manifest>\n";
  private static final String RESOURCES = "<resources xmlns:tools=\"urn:tools\"><string name=\"a\" tools:ignore=\"x\">v&lt;\r\nw</string>"
    + "<?pi d?><string name=\"b\"><![CDATA[c\r\nd]]></string><string name=\"c\"/><string name=\"d\">x<b>y</b></string></resources>";

  private static SourceUnit unit() {
    return new SourceUnit("file:///p/x.xml", "/p/app", SourceUnit.Kind.RESOURCE);
  }

  private static XmlMarkup simple(String text) {
    SourceUnit unit = unit();
    XmlMarkup markup = SimpleXmlMarkup.read(text, 0, new SourceText(unit.file(), text), unit);
    assertThat(markup).as("taken by our reader").isNotNull();
    return markup;
  }

  private static XmlMarkup stax(String text) throws XMLStreamException {
    SourceUnit unit = unit();
    return new StaxMarkup(text, 0, new SourceText(unit.file(), text), unit);
  }

  /** Every event of the document, through the shared reading: end of document and document type left out. */
  private static List<String> walk(XmlMarkup markup) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    while (markup.hasNext()) {
      int event = markup.nextEvent();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          StringBuilder tag = new StringBuilder("<" + markup.localName() + " " + markup.depth + " " + markup.tagStart + "-" + markup.tagEnd);
          for (int i = 0; i < markup.attributeCount(); i++) {
            SourceRange range = markup.attributeValueRange(i);
            tag.append(" ").append(markup.attributeName(i)).append(" prefix ").append(markup.attributeName(i).getPrefix())
              .append("=[").append(markup.attributeValue(i)).append("]@").append(range.startColumn()).append("-").append(range.endColumn());
          }
          out.add(tag.toString());
        }
        case XMLStreamConstants.END_ELEMENT -> out.add("</" + markup.localName() + " " + markup.depth + " " + markup.tagStart + "-" + markup.tagEnd);
        case XMLStreamConstants.CHARACTERS -> {
          // the JDK's parser may give character data in pieces (at references): one text either way
          String last = out.isEmpty() ? "" : out.get(out.size() - 1);
          if (last.startsWith("text[")) {
            out.set(out.size() - 1, last.substring(0, last.length() - 1) + markup.eventText() + "]");
          } else {
            out.add("text[" + markup.eventText() + "]");
          }
        }
        case XMLStreamConstants.CDATA, XMLStreamConstants.COMMENT -> out.add(event + "[" + markup.eventText() + "]");
        case XMLStreamConstants.PROCESSING_INSTRUCTION -> out.add("pi");
        default -> {
          // end of document, document type
        }
      }
    }
    return out;
  }

  @Test
  void both_readers_give_the_same_events() throws XMLStreamException {
    for (String document : List.of(MANIFEST, RESOURCES, "<a xmlns=\"urn:d\" xmlns:p=\"urn:p\" p:x=\"1\" y=\"&#9;\"><p:b/></a>")) {
      assertThat(walk(simple(document))).as(document).isEqualTo(walk(stax(document)));
    }
  }

  @Test
  void attributes_by_name_and_namespace_and_where_their_values_are() throws XMLStreamException {
    for (XmlMarkup markup : List.of(simple(MANIFEST), stax(MANIFEST))) {
      assertThat(markup.nextElement()).isTrue();
      assertThat(markup.localName()).isEqualTo("manifest");
      assertThat(markup.plainAttribute("package")).isEqualTo("p");
      assertThat(markup.plainAttribute("android")).isEmpty();
      assertThat(markup.nextElement()).isTrue();
      assertThat(markup.plainAttribute("label")).as("in a namespace").isEmpty();
      assertThat(markup.attribute(A, "label")).isZero();
      assertThat(markup.nextElement()).isTrue();
      assertThat(markup.attribute(A, "lang")).isEqualTo(-1);
      assertThat(markup.attribute("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo(1);
      int value = markup.attribute(A, "value");
      assertThat(markup.attributeValue(value)).isEqualTo("a&b c");
      SourceRange range = markup.attributeValueRange(value);
      assertThat(MANIFEST.split("\n")[4].substring(range.startColumn(), range.endColumn())).isEqualTo("'a&amp;b\tc'");
      assertThat(markup.depth).isEqualTo(3);
    }
  }

  @Test
  void the_text_of_an_element_of_a_single_text() throws XMLStreamException {
    for (XmlMarkup markup : List.of(simple(RESOURCES), stax(RESOURCES))) {
      List<String> texts = new ArrayList<>();
      assertThat(markup.nextElement()).isTrue();
      while (markup.nextChildElement(1)) {
        XmlMarkup.ElementText text = markup.elementText();
        texts.add(markup.depth + (text == null ? " none" : " [" + text.text() + "]@" + text.range().startColumn() + "-" + text.range().endColumn()));
      }
      assertThat(texts).containsExactly("1 [v<\nw]@69-1", "1 [c\nd]@35-4", "1 none", "1 none");
    }
  }
}
