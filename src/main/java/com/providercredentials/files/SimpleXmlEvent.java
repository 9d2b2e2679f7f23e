package com.providercredentials.files;

import javax.annotation.Nullable;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;

/**
 * An event {@link SimpleXmlScanner} keeps for {@link SimpleXmlMarkup}: its type ({@link XMLStreamConstants}); for a
 * start or end tag, where it is written and its local name, and a start tag's attributes; for text, the text.
 */
record SimpleXmlEvent(int type, int start, int end, @Nullable String localName, Attribute[] attributes, @Nullable String text) {

  static final Attribute[] NO_ATTRIBUTES = new Attribute[0];

  /** An attribute of a start tag, its prefix resolved: {@code name}'s prefix is "" when it has none, as its namespace. */
  record Attribute(QName name, String value) {
  }

  static SimpleXmlEvent startTag(int start, int end, String localName, Attribute[] attributes) {
    return new SimpleXmlEvent(XMLStreamConstants.START_ELEMENT, start, end, localName, attributes, null);
  }

  static SimpleXmlEvent endTag(int start, int end, String localName) {
    return new SimpleXmlEvent(XMLStreamConstants.END_ELEMENT, start, end, localName, NO_ATTRIBUTES, null);
  }

  /** Character data, a comment or a CDATA section: where it is and its text; a processing instruction, without. */
  static SimpleXmlEvent other(int type, int start, int end, @Nullable String text) {
    return new SimpleXmlEvent(type, start, end, null, NO_ATTRIBUTES, text);
  }
}
