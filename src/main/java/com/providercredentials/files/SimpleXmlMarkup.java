package com.providercredentials.files;

import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import javax.annotation.Nullable;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;

/**
 * The documents resources and manifests are made of, read in one pass of our own: elements and attributes with
 * ASCII names, character data, the five predefined entities and character references, comments, CDATA sections,
 * processing instructions and an XML 1.0 declaration. {@link #read} checks the whole document first
 * ({@link SimpleXmlScanner}) and returns null for anything outside that form or not well-formed (a document type,
 * another entity, a name with other characters, an unbound prefix, a tag left open...): the JDK's parser then reads
 * it and decides ({@link StaxMarkup}). On the documents it accepts, the events, texts and attribute values are the
 * ones the JDK's parser gives (docs/adr/011), at a fraction of its cost in an analysis, where that parser's code runs
 * cold. This class walks the events the scanner kept.
 */
final class SimpleXmlMarkup extends XmlMarkup {

  /**
   * The events are kept for the front-end to walk after the document was checked: a document with more (a generated
   * one, megabytes of tiny elements) is left to the JDK's parser, which streams, so that memory stays bounded.
   */
  static final int MAX_EVENTS = 100_000;
  /** Attributes of a tag, and namespace declarations in scope, beyond which a document is left to the JDK's parser (checked by linear scans). */
  static final int MAX_NAMES = 256;

  private final List<SimpleXmlEvent> events;
  private int index = -1;
  private SimpleXmlEvent current;

  private SimpleXmlMarkup(String text, SourceText source, SourceUnit unit, List<SimpleXmlEvent> events) {
    super(text, source, unit);
    this.events = events;
  }

  /** The document's events, or null when it is not in the simple form (or not well-formed). */
  @Nullable
  static SimpleXmlMarkup read(String text, int shift, SourceText source, SourceUnit unit) {
    List<SimpleXmlEvent> events = SimpleXmlScanner.document(text, shift);
    return events == null ? null : new SimpleXmlMarkup(text, source, unit, events);
  }

  @Override
  int nextEvent() {
    current = events.get(++index);
    if (current.type() == XMLStreamConstants.START_ELEMENT) {
      depth++;
      tagStart = current.start();
      tagEnd = current.end();
    } else if (current.type() == XMLStreamConstants.END_ELEMENT) {
      depth--;
      tagStart = current.start();
      tagEnd = current.end();
    }
    return current.type();
  }

  @Override
  boolean hasNext() {
    return index + 1 < events.size();
  }

  @Override
  String localName() {
    return current.localName();
  }

  @Override
  int attributeCount() {
    return current.attributes().length;
  }

  @Override
  QName attributeName(int index) {
    return current.attributes()[index].name();
  }

  @Override
  String attributeValue(int index) {
    return current.attributes()[index].value();
  }

  @Override
  String eventText() {
    return current.text();
  }
}
