package com.providercredentials.files;

import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import javax.annotation.Nullable;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * One pass over an XML document as a stream of StAX-like events, with where each piece of markup is in the text.
 * Two readers give it (docs/adr/011): {@link SimpleXmlMarkup}, for the documents resources are made of, and
 * {@link StaxMarkup}, the JDK's parser, for every other document. What the front-end reads from the events
 * (elements, their attributes, an element's text and where they are) is written once, here; what it means for
 * Android is the front-end's.
 */
abstract class XmlMarkup {

  /** The text of an element whose content is a single text node, and where that content is written (trimmed). */
  record ElementText(String text, SourceRange range) {
  }

  final String text;
  final SourceText source;
  final SourceUnit unit;
  /** Elements open at the current event (1 inside the root element). */
  int depth;
  /** The current start tag, or end tag: [tagStart, tagEnd); both at the end of the start tag for a self-closing one's end. */
  int tagStart;
  int tagEnd;

  XmlMarkup(String text, SourceText source, SourceUnit unit) {
    this.text = text;
    this.source = source;
    this.unit = unit;
  }

  /** Moves to the next event ({@link XMLStreamConstants}); sets {@link #depth}, {@link #tagStart} and {@link #tagEnd}. */
  abstract int nextEvent() throws XMLStreamException;

  abstract boolean hasNext() throws XMLStreamException;

  /** At a start or end tag. */
  abstract String localName();

  /** At a start tag: its attributes, namespace declarations left out. */
  abstract int attributeCount();

  /** The attribute's name: its namespace ("" for none), local name and prefix ("" for none). */
  abstract QName attributeName(int index);

  /** The attribute's value, references replaced and white space normalized as XML says. */
  abstract String attributeValue(int index);

  /** At character data or a CDATA section: its text, references replaced and line ends normalized. */
  abstract String eventText();

  private int next() throws XMLStreamException {
    unit.checkpoint();
    return nextEvent();
  }

  /** Moves to the next start tag anywhere; false at the end of the document. */
  final boolean nextElement() throws XMLStreamException {
    while (hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next start tag of a child of the element open at {@code parentDepth}; false once that element ends. */
  final boolean nextChildElement(int parentDepth) throws XMLStreamException {
    while (depth >= parentDepth && hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
        return true;
      }
    }
    return false;
  }

  /** From a start tag, past its end tag. */
  final void skipElement() throws XMLStreamException {
    int open = depth;
    while (depth >= open && hasNext()) {
      next();
    }
  }

  /**
   * From a start tag, past its end tag: the element's text when its content is a single text node (character data
   * and references, or one CDATA section); null for an empty element or one with elements, comments or instructions
   * inside.
   */
  @Nullable
  final ElementText elementText() throws XMLStreamException {
    int contentStart = tagEnd;
    int open = depth;
    StringBuilder value = new StringBuilder();
    int textNodes = 0;
    boolean inText = false;
    boolean other = false;
    while (hasNext()) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT && depth < open) {
        break;
      }
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.ENTITY_REFERENCE -> {
          if (!inText) {
            textNodes++;
            inText = true;
          }
          value.append(eventText());
        }
        case XMLStreamConstants.CDATA -> {
          textNodes++;
          inText = false;
          value.append(eventText());
        }
        case XMLStreamConstants.START_ELEMENT -> {
          other = true;
          skipElement();
        }
        default -> other = true;
      }
    }
    if (other || textNodes != 1) {
      return null;
    }
    return new ElementText(value.toString(), source.trim(source.range(contentStart, Math.max(contentStart, tagStart))));
  }

  /** The value of an attribute without a namespace at a start tag, or "". */
  final String plainAttribute(String localName) {
    for (int i = 0; i < attributeCount(); i++) {
      QName name = attributeName(i);
      if (name.getNamespaceURI().isEmpty() && localName.equals(name.getLocalPart())) {
        return attributeValue(i);
      }
    }
    return "";
  }

  /** The index of an attribute in a namespace at a start tag, or -1. */
  final int attribute(String namespace, String localName) {
    for (int i = 0; i < attributeCount(); i++) {
      QName name = attributeName(i);
      if (namespace.equals(name.getNamespaceURI()) && localName.equals(name.getLocalPart())) {
        return i;
      }
    }
    return -1;
  }

  /** Where an attribute's value is written, quotes included, found in the text of the start tag. */
  final SourceRange attributeValueRange(int index) {
    QName attribute = attributeName(index);
    String qualifiedName = qualifiedName(attribute.getPrefix(), attribute.getLocalPart());
    int i = tagStart + 1;
    while (i < tagEnd && !isXmlSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
      i++;
    }
    while (i < tagEnd) {
      while (i < tagEnd && isXmlSpace(text.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < tagEnd && text.charAt(i) != '=' && !isXmlSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
        i++;
      }
      String name = text.substring(nameStart, i);
      while (i < tagEnd && (isXmlSpace(text.charAt(i)) || text.charAt(i) == '=')) {
        i++;
      }
      if (i >= tagEnd || (text.charAt(i) != '"' && text.charAt(i) != '\'')) {
        break;
      }
      char quote = text.charAt(i);
      int close = text.indexOf(quote, i + 1);
      if (close < 0 || close >= tagEnd) {
        break;
      }
      if (name.equals(qualifiedName)) {
        return source.range(i, close + 1);
      }
      i = close + 1;
    }
    // not found in the text (not expected in a document the parser accepted): the whole start tag
    return source.range(tagStart, tagEnd);
  }

  static String qualifiedName(@Nullable String prefix, String localName) {
    return prefix == null || prefix.isEmpty() ? localName : (prefix + ":" + localName);
  }

  static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
