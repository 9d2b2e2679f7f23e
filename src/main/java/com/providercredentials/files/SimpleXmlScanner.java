package com.providercredentials.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import javax.xml.stream.XMLStreamConstants;

/**
 * Checks a whole document in one pass over its text, and keeps its events for {@link SimpleXmlMarkup}: the grammar
 * of the simple form (docs/adr/011): an XML 1.0 declaration, then the root element with elements, character data,
 * comments, CDATA sections and processing instructions, around it only white space, comments and processing
 * instructions. {@link #document} returns null as soon as the document leaves that form or is not well-formed, and
 * the JDK's parser decides. Values are read by {@link SimpleXmlDecoder}, namespaces by {@link SimpleXmlNamespaces}.
 */
final class SimpleXmlScanner {

  /** The declaration the JDK's parser takes from a string without question (other encodings are left to it). */
  private static final Pattern DECLARATION = Pattern.compile(
    "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])1\\.0\\1"
      + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?:[uU][tT][fF]-8|[uU][sS]-[aA][sS][cC][iI][iI])\\3)?"
      + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?:yes|no)\\5)?[ \\t\\r\\n]*\\?>");

  private final SimpleXmlInput in;
  private final SimpleXmlDecoder decoder;
  private final SimpleXmlNamespaces namespaces = new SimpleXmlNamespaces();
  private final List<SimpleXmlEvent> events = new ArrayList<>();
  /** The qualified names of the open elements. */
  private final List<String> open = new ArrayList<>();

  private SimpleXmlScanner(String text, int shift) {
    this.in = new SimpleXmlInput(text, shift);
    this.decoder = new SimpleXmlDecoder(in);
  }

  /** The events of the document from {@code shift} on (after a byte order mark), or null if it is not in the simple form. */
  @Nullable
  static List<SimpleXmlEvent> document(String text, int shift) {
    SimpleXmlScanner scanner = new SimpleXmlScanner(text, shift);
    return scanner.document() ? scanner.events : null;
  }

  private boolean document() {
    if (!in.validCharacters()) {
      return false;
    }
    if (in.startsWith("<?xml") && !declaration()) {
      return false;
    }
    if (!misc() || !in.at('<') || !content() || !misc()) {
      return false;
    }
    return in.pos == in.length;
  }

  private boolean declaration() {
    int end = in.text.indexOf("?>", in.pos);
    if (end < 0 || !DECLARATION.matcher(in.text.substring(in.pos, end + 2)).matches()) {
      return false;
    }
    in.pos = end + 2;
    return true;
  }

  /** White space, comments and processing instructions around the root element. */
  private boolean misc() {
    while (true) {
      in.skipSpace();
      if (in.startsWith("<!--")) {
        if (!comment()) {
          return false;
        }
      } else if (in.startsWith("<?")) {
        if (!instruction()) {
          return false;
        }
      } else {
        return true;
      }
    }
  }

  /** The root element and everything in it, at a {@code <}. */
  private boolean content() {
    char[] chars = in.chars;
    do {
      int pos = in.pos;
      if (pos >= in.length || events.size() > SimpleXmlMarkup.MAX_EVENTS) {
        return false;
      }
      if (chars[pos] != '<') {
        if (!characters()) {
          return false;
        }
      } else if (pos + 1 >= in.length) {
        return false;
      } else {
        char next = chars[pos + 1];
        boolean ok;
        if (next == '/') {
          ok = !open.isEmpty() && endTag();
        } else if (in.startsWith("<!--")) {
          ok = !open.isEmpty() && comment();
        } else if (in.startsWith("<![CDATA[")) {
          ok = !open.isEmpty() && cdata();
        } else if (next == '?') {
          ok = !open.isEmpty() && instruction();
        } else {
          ok = startTag();
        }
        if (!ok) {
          return false;
        }
      }
    } while (!open.isEmpty());
    return true;
  }

  private boolean startTag() {
    int start = in.pos;
    in.pos++;
    String name = in.name();
    if (name == null) {
      return false;
    }
    List<String> rawAttributes = new ArrayList<>(4);
    boolean selfClosing;
    while (true) {
      int before = in.pos;
      in.skipSpace();
      if (in.startsWith("/>")) {
        selfClosing = true;
        in.pos += 2;
        break;
      }
      if (in.at('>')) {
        selfClosing = false;
        in.pos++;
        break;
      }
      String attribute = in.pos > before && rawAttributes.size() < 2 * SimpleXmlMarkup.MAX_NAMES ? in.name() : null;
      if (attribute == null || declared(rawAttributes, attribute)) {
        return false;
      }
      in.skipSpace();
      if (!in.at('=')) {
        return false;
      }
      in.pos++;
      in.skipSpace();
      String value = decoder.attributeValue();
      if (value == null) {
        return false;
      }
      rawAttributes.add(attribute);
      rawAttributes.add(value);
    }
    SimpleXmlEvent.Attribute[] attributes = namespaces.open(rawAttributes);
    int colon = name.indexOf(':');
    if (attributes == null || (colon > 0 && namespaces.namespace(name.substring(0, colon)) == null)) {
      return false;
    }
    String localName = name.substring(colon + 1);
    events.add(SimpleXmlEvent.startTag(start, in.pos, localName, attributes));
    if (selfClosing) {
      events.add(SimpleXmlEvent.endTag(in.pos, in.pos, localName));
      namespaces.close();
    } else {
      open.add(name);
    }
    return true;
  }

  /** Whether a tag's attributes as written (name, then value) already hold one of that name. */
  private static boolean declared(List<String> rawAttributes, String name) {
    for (int i = 0; i < rawAttributes.size(); i += 2) {
      if (rawAttributes.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean endTag() {
    int start = in.pos;
    in.pos += 2;
    String name = in.name();
    if (name == null || !name.equals(open.get(open.size() - 1))) {
      return false;
    }
    in.skipSpace();
    if (!in.at('>')) {
      return false;
    }
    in.pos++;
    open.remove(open.size() - 1);
    namespaces.close();
    events.add(SimpleXmlEvent.endTag(start, in.pos, name.substring(name.indexOf(':') + 1)));
    return true;
  }

  /** Character data up to the next {@code <}. */
  private boolean characters() {
    int end = in.text.indexOf('<', in.pos);
    if (end < 0) {
      return false;
    }
    String text = decoder.characterData(end);
    if (text == null) {
      return false;
    }
    events.add(SimpleXmlEvent.other(XMLStreamConstants.CHARACTERS, end, end, text));
    return true;
  }

  private boolean comment() {
    int start = in.pos;
    int end = in.text.indexOf("-->", start + 4);
    if (end < 0) {
      return false;
    }
    String body = in.text.substring(start + 4, end);
    if (body.contains("--") || body.endsWith("-")) {
      return false;
    }
    in.pos = end + 3;
    events.add(SimpleXmlEvent.other(XMLStreamConstants.COMMENT, start, in.pos, body));
    return true;
  }

  /** A non-empty CDATA section (whether the JDK's parser reports an empty one is left to it). */
  private boolean cdata() {
    int start = in.pos;
    int end = in.text.indexOf("]]>", start + 9);
    if (end <= start + 9) {
      return false;
    }
    String body = in.text.substring(start + 9, end);
    in.pos = end + 3;
    events.add(SimpleXmlEvent.other(XMLStreamConstants.CDATA, start, in.pos, body.replace("\r\n", "\n").replace('\r', '\n')));
    return true;
  }

  /** {@code <?target data?>}, the target not {@code xml} in any case. */
  private boolean instruction() {
    int start = in.pos;
    in.pos += 2;
    String target = in.name();
    if (target == null || target.indexOf(':') >= 0 || target.equalsIgnoreCase("xml")) {
      return false;
    }
    if (!in.startsWith("?>") && (in.pos >= in.length || !XmlMarkup.isXmlSpace(in.chars[in.pos]))) {
      return false;
    }
    int end = in.text.indexOf("?>", in.pos);
    if (end < 0) {
      return false;
    }
    in.pos = end + 2;
    events.add(SimpleXmlEvent.other(XMLStreamConstants.PROCESSING_INSTRUCTION, start, in.pos, null));
    return true;
  }
}
