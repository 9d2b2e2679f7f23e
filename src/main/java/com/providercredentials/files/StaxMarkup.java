package com.providercredentials.files;

import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import java.io.StringReader;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX reader, and where things are in the text: the reader's own locations are not exact (it reads
 * ahead), so each tag is found in the text from where the previous piece of markup ended (outside markup, XML text
 * cannot hold a {@code <}). It reads every document {@link SimpleXmlMarkup} does not, and decides which are not
 * well-formed (docs/adr/009, docs/adr/011).
 */
final class StaxMarkup extends XmlMarkup implements AutoCloseable {

  private static final String REPORT_CDATA = "http://java.sun.com/xml/stream/properties/report-cdata-event";

  /**
   * The JDK's own StAX parser (not whichever implementation the class path offers), without DTDs nor external
   * entities. One per thread: a factory is costly to create.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(REPORT_CDATA, true);
    return factory;
  });

  private final XMLStreamReader reader;
  /** Where the text starts after a byte order mark, which the reader does not see. */
  private final int shift;
  /** Where the markup read last ends in the text. */
  private int cursor;
  private boolean selfClosing;

  StaxMarkup(String text, int shift, SourceText source, SourceUnit unit) throws XMLStreamException {
    super(text, source, unit);
    this.reader = FACTORY.get().createXMLStreamReader(new StringReader(shift == 0 ? text : text.substring(shift)));
    this.shift = shift;
    this.cursor = shift;
  }

  @Override
  int nextEvent() throws XMLStreamException {
    int event = reader.next();
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> {
        depth++;
        String name = qualifiedName(reader.getPrefix(), reader.getLocalName());
        tagStart = markup("<" + name);
        tagEnd = startTagEnd(tagStart + 1 + name.length());
        selfClosing = tagEnd >= 2 && text.charAt(tagEnd - 2) == '/';
        cursor = tagEnd;
      }
      case XMLStreamConstants.END_ELEMENT -> {
        depth--;
        if (selfClosing) {
          selfClosing = false;
          tagStart = cursor;
          tagEnd = cursor;
        } else {
          tagStart = markup("</" + qualifiedName(reader.getPrefix(), reader.getLocalName()));
          tagEnd = text.indexOf('>', tagStart) + 1;
          cursor = tagEnd;
        }
      }
      case XMLStreamConstants.COMMENT -> cursor = after("<!--", "-->");
      case XMLStreamConstants.CDATA -> cursor = after("<![CDATA[", "]]>");
      case XMLStreamConstants.PROCESSING_INSTRUCTION -> cursor = after("<?", "?>");
      // a document type declaration's internal subset is not read here: the reader's position after it will do
      case XMLStreamConstants.DTD -> cursor = Math.max(cursor, reader.getLocation().getCharacterOffset() + shift);
      default -> {
        // text: no markup
      }
    }
    return event;
  }

  @Override
  boolean hasNext() throws XMLStreamException {
    return reader.hasNext();
  }

  @Override
  String localName() {
    return reader.getLocalName();
  }

  @Override
  int attributeCount() {
    return reader.getAttributeCount();
  }

  @Override
  QName attributeName(int index) {
    return reader.getAttributeName(index);
  }

  @Override
  String attributeValue(int index) {
    return reader.getAttributeValue(index);
  }

  @Override
  String eventText() {
    return reader.getText();
  }

  /** Where the next markup starting with {@code opening} is; unknown (the reader's position) if it is not found. */
  private int markup(String opening) {
    int at = text.indexOf(opening, cursor);
    return at < 0 ? Math.min(text.length(), reader.getLocation().getCharacterOffset() + shift) : at;
  }

  private int after(String opening, String closing) {
    int start = markup(opening);
    int end = text.indexOf(closing, start + opening.length());
    return end < 0 ? cursor : end + closing.length();
  }

  /** The end of a start tag, after its {@code >}: attribute values may hold a {@code >}. */
  private int startTagEnd(int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return text.length();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // nothing held
    }
  }
}
