package com.providercredentials.files;

import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import javax.xml.stream.XMLStreamConstants;

/**
 * The documents resources and manifests are made of, read in one pass of our own: elements and attributes with
 * ASCII names, character data, the five predefined entities and character references, comments, CDATA sections,
 * processing instructions and an XML 1.0 declaration. {@link #read} checks the whole document first and returns null
 * for anything outside that form or not well-formed (a document type, another entity, a name with other characters,
 * an unbound prefix, a tag left open...): the JDK's parser then reads it and decides ({@link StaxMarkup}). On the
 * documents it accepts, the events, texts and attribute values are the ones the JDK's parser gives (docs/adr/011),
 * at a fraction of its cost in an analysis, where that parser's code runs cold.
 */
final class SimpleXmlMarkup extends XmlMarkup {

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  /** The declaration the JDK's parser takes from a string without question (other encodings are left to it). */
  private static final Pattern DECLARATION = Pattern.compile(
    "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])1\\.0\\1"
      + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?:[uU][tT][fF]-8|[uU][sS]-[aA][sS][cC][iI][iI])\\3)?"
      + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(?:yes|no)\\5)?[ \\t\\r\\n]*\\?>");

  private static final Attribute[] NO_ATTRIBUTES = new Attribute[0];
  /**
   * The events are kept for the front-end to walk after the document was checked: a document with more (a generated
   * one, megabytes of tiny elements) is left to the JDK's parser, which streams, so that memory stays bounded.
   */
  static final int MAX_EVENTS = 100_000;
  /** Attributes of a tag, and namespace declarations in scope, beyond which a document is left to the JDK's parser (checked by linear scans). */
  static final int MAX_NAMES = 256;

  private record Attribute(@Nullable String prefix, String localName, String namespace, String value) {
  }

  /** An event: for a start or end tag, where it is written and its local name; for text, the text. */
  private record Event(int type, int start, int end, @Nullable String localName, Attribute[] attributes, @Nullable String text) {
  }

  private final List<Event> events;
  private int index = -1;
  private Event current;

  private SimpleXmlMarkup(String text, SourceText source, SourceUnit unit, List<Event> events) {
    super(text, source, unit);
    this.events = events;
  }

  /** The document's events, or null when it is not in the simple form (or not well-formed). */
  @Nullable
  static SimpleXmlMarkup read(String text, int shift, SourceText source, SourceUnit unit) {
    Scanner scanner = new Scanner(text, shift);
    return scanner.document() ? new SimpleXmlMarkup(text, source, unit, scanner.events) : null;
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
  String attributeNamespace(int index) {
    return current.attributes()[index].namespace();
  }

  @Override
  String attributeLocalName(int index) {
    return current.attributes()[index].localName();
  }

  @Override
  @Nullable
  String attributePrefix(int index) {
    return current.attributes()[index].prefix();
  }

  @Override
  String attributeValue(int index) {
    return current.attributes()[index].value();
  }

  @Override
  String eventText() {
    return current.text();
  }

  /** One pass over the text; every method returns false (or null) as soon as the document leaves the simple form. */
  private static final class Scanner {
    private final String text;
    /** The text as an array: read a character at a time, an array is much cheaper than {@code String.charAt} in code not yet compiled. */
    private final char[] chars;
    private final int length;
    private int pos;
    final List<Event> events = new ArrayList<>();
    /** The qualified names of the open elements. */
    private final List<String> open = new ArrayList<>();
    /** Namespace declarations in scope: prefix ("" for the default namespace), then URI. */
    private final List<String> namespaces = new ArrayList<>();
    /** For each open element, how many entries of {@link #namespaces} were there before it. */
    private final List<Integer> scopes = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();

    Scanner(String text, int shift) {
      this.text = text;
      this.chars = text.toCharArray();
      this.length = chars.length;
      this.pos = shift;
    }

    boolean document() {
      if (!validCharacters()) {
        return false;
      }
      if (text.startsWith("<?xml", pos) && !declaration()) {
        return false;
      }
      if (!misc() || pos >= length || chars[pos] != '<' || !content() || !misc()) {
        return false;
      }
      return pos == length;
    }

    /** XML 1.0 characters only: no control characters but tab and line ends, no lone surrogates, no U+FFFE/U+FFFF. */
    private boolean validCharacters() {
      for (int i = pos; i < length; i++) {
        char c = chars[i];
        if (c < 0x20) {
          if (c != '\t' && c != '\n' && c != '\r') {
            return false;
          }
        } else if (c >= 0xD800) {
          if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
            i++;
          } else if (c <= 0xDFFF || c >= 0xFFFE) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean declaration() {
      int end = text.indexOf("?>", pos);
      if (end < 0 || !DECLARATION.matcher(text.substring(pos, end + 2)).matches()) {
        return false;
      }
      pos = end + 2;
      return true;
    }

    /** White space, comments and processing instructions around the root element. */
    private boolean misc() {
      while (true) {
        skipSpace();
        if (text.startsWith("<!--", pos)) {
          if (!comment()) {
            return false;
          }
        } else if (text.startsWith("<?", pos)) {
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
      do {
        if (pos >= length || events.size() > MAX_EVENTS) {
          return false;
        }
        if (chars[pos] != '<') {
          if (!characters()) {
            return false;
          }
        } else if (pos + 1 >= length) {
          return false;
        } else {
          char next = chars[pos + 1];
          boolean ok;
          if (next == '/') {
            ok = !open.isEmpty() && endTag();
          } else if (text.startsWith("<!--", pos)) {
            ok = !open.isEmpty() && comment();
          } else if (text.startsWith("<![CDATA[", pos)) {
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
      int start = pos;
      pos++;
      String name = name();
      if (name == null) {
        return false;
      }
      List<String> rawAttributes = new ArrayList<>(4);
      boolean selfClosing;
      while (true) {
        int before = pos;
        skipSpace();
        if (text.startsWith("/>", pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (pos < length && chars[pos] == '>') {
          selfClosing = false;
          pos++;
          break;
        }
        String attribute = pos > before && rawAttributes.size() < 2 * MAX_NAMES ? name() : null;
        if (attribute == null || declared(rawAttributes, attribute)) {
          return false;
        }
        skipSpace();
        if (pos >= length || chars[pos] != '=') {
          return false;
        }
        pos++;
        skipSpace();
        String value = attributeValue();
        if (value == null) {
          return false;
        }
        rawAttributes.add(attribute);
        rawAttributes.add(value);
      }
      scopes.add(namespaces.size());
      Attribute[] attributes = namespaces(rawAttributes);
      int colon = name.indexOf(':');
      if (attributes == null || (colon > 0 && namespace(name.substring(0, colon)) == null)) {
        return false;
      }
      String localName = name.substring(colon + 1);
      events.add(new Event(XMLStreamConstants.START_ELEMENT, start, pos, localName, attributes, null));
      if (selfClosing) {
        events.add(new Event(XMLStreamConstants.END_ELEMENT, pos, pos, localName, NO_ATTRIBUTES, null));
        closeScope();
      } else {
        open.add(name);
      }
      return true;
    }

    private static boolean declared(List<String> rawAttributes, String name) {
      for (int i = 0; i < rawAttributes.size(); i += 2) {
        if (rawAttributes.get(i).equals(name)) {
          return true;
        }
      }
      return false;
    }

    /** Declares the tag's namespaces, then resolves its attributes' prefixes; null if one is unbound or declared twice. */
    @Nullable
    private Attribute[] namespaces(List<String> raw) {
      int count = 0;
      for (int i = 0; i < raw.size(); i += 2) {
        String name = raw.get(i);
        if (namespaces.size() >= 2 * MAX_NAMES) {
          return null;
        }
        if (name.equals("xmlns")) {
          namespaces.add("");
          namespaces.add(raw.get(i + 1));
        } else if (name.startsWith("xmlns:")) {
          String prefix = name.substring(6);
          if (raw.get(i + 1).isEmpty() || prefix.equals("xml") || prefix.equals("xmlns")) {
            return null;
          }
          namespaces.add(prefix);
          namespaces.add(raw.get(i + 1));
        } else {
          count++;
        }
      }
      if (count == 0) {
        return NO_ATTRIBUTES;
      }
      Attribute[] attributes = new Attribute[count];
      int next = 0;
      for (int i = 0; i < raw.size(); i += 2) {
        String name = raw.get(i);
        if (name.equals("xmlns") || name.startsWith("xmlns:")) {
          continue;
        }
        int colon = name.indexOf(':');
        String namespace = colon < 0 ? "" : namespace(name.substring(0, colon));
        if (namespace == null) {
          return null;
        }
        String localName = name.substring(colon + 1);
        for (int j = 0; j < next; j++) {
          if (attributes[j].localName().equals(localName) && attributes[j].namespace().equals(namespace)) {
            return null;
          }
        }
        attributes[next++] = new Attribute(colon < 0 ? null : name.substring(0, colon), localName, namespace, raw.get(i + 1));
      }
      return attributes;
    }

    @Nullable
    private String namespace(String prefix) {
      if (prefix.equals("xml")) {
        return XML_NS;
      }
      for (int i = namespaces.size() - 2; i >= 0; i -= 2) {
        if (namespaces.get(i).equals(prefix)) {
          String uri = namespaces.get(i + 1);
          return uri.isEmpty() ? null : uri;
        }
      }
      return null;
    }

    private void closeScope() {
      int size = scopes.remove(scopes.size() - 1);
      while (namespaces.size() > size) {
        namespaces.remove(namespaces.size() - 1);
      }
    }

    private boolean endTag() {
      int start = pos;
      pos += 2;
      String name = name();
      if (name == null || !name.equals(open.get(open.size() - 1))) {
        return false;
      }
      skipSpace();
      if (pos >= length || chars[pos] != '>') {
        return false;
      }
      pos++;
      open.remove(open.size() - 1);
      closeScope();
      events.add(new Event(XMLStreamConstants.END_ELEMENT, start, pos, name.substring(name.indexOf(':') + 1), NO_ATTRIBUTES, null));
      return true;
    }

    /** A quoted attribute value, references replaced and white space normalized; null if it is not one. */
    @Nullable
    private String attributeValue() {
      if (pos >= length || (chars[pos] != '"' && chars[pos] != '\'')) {
        return null;
      }
      char quote = chars[pos++];
      int start = pos;
      int i = pos;
      while (i < length && chars[i] != quote && chars[i] != '<' && chars[i] != '&' && chars[i] > '\r') {
        i++;
      }
      if (i < length && chars[i] == quote) {
        // most values: nothing to replace nor normalize
        pos = i + 1;
        return text.substring(start, i);
      }
      buffer.setLength(0);
      while (pos < length) {
        char c = chars[pos];
        if (c == quote) {
          pos++;
          return buffer.toString();
        }
        if (c == '<') {
          return null;
        }
        if (c == '&') {
          if (!reference()) {
            return null;
          }
          continue;
        }
        if (c == '\r' && pos + 1 < length && chars[pos + 1] == '\n') {
          pos++;
        }
        buffer.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        pos++;
      }
      return null;
    }

    /** Character data up to the next {@code <}, references replaced and line ends normalized. */
    private boolean characters() {
      int end = text.indexOf('<', pos);
      if (end < 0) {
        return false;
      }
      int start = pos;
      boolean plain = true;
      for (int i = pos; i < end && plain; i++) {
        char c = chars[i];
        if (c == ']' && text.startsWith("]]>", i)) {
          return false;
        }
        plain = c != '&' && c != '\r';
      }
      if (plain) {
        // most text: nothing to replace
        pos = end;
        events.add(new Event(XMLStreamConstants.CHARACTERS, end, end, null, NO_ATTRIBUTES, text.substring(start, end)));
        return true;
      }
      buffer.setLength(0);
      while (pos < end) {
        char c = chars[pos];
        if (c == ']' && text.startsWith("]]>", pos)) {
          return false;
        }
        if (c == '&') {
          if (!reference()) {
            return false;
          }
          continue;
        }
        if (c == '\r') {
          if (pos + 1 < end && chars[pos + 1] == '\n') {
            pos++;
          }
          c = '\n';
        }
        buffer.append(c);
        pos++;
      }
      events.add(new Event(XMLStreamConstants.CHARACTERS, end, end, null, NO_ATTRIBUTES, buffer.toString()));
      return true;
    }

    /** At {@code &}: appends what the reference stands for; false if it is not a predefined entity or character reference. */
    private boolean reference() {
      int semicolon = pos + 1;
      while (semicolon < length && semicolon - pos <= 10 && chars[semicolon] != ';') {
        semicolon++;
      }
      if (semicolon >= length || chars[semicolon] != ';') {
        return false;
      }
      String name = text.substring(pos + 1, semicolon);
      int codePoint;
      if (name.startsWith("#x")) {
        codePoint = number(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        codePoint = number(name.substring(1), 10);
      } else {
        codePoint = switch (name) {
          case "lt" -> '<';
          case "gt" -> '>';
          case "amp" -> '&';
          case "apos" -> '\'';
          case "quot" -> '"';
          default -> -1;
        };
      }
      boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
      if (!allowed) {
        return false;
      }
      buffer.appendCodePoint(codePoint);
      pos = semicolon + 1;
      return true;
    }

    private static int number(String digits, int radix) {
      if (digits.isEmpty()) {
        return -1;
      }
      int value = 0;
      for (int i = 0; i < digits.length(); i++) {
        int digit = Character.digit(digits.charAt(i), radix);
        // ASCII digits only: Character.digit also takes other scripts' digits
        if (digit < 0 || digits.charAt(i) > 'f') {
          return -1;
        }
        value = value * radix + digit;
      }
      return value;
    }

    private boolean comment() {
      int start = pos;
      int end = text.indexOf("-->", pos + 4);
      if (end < 0) {
        return false;
      }
      String body = text.substring(pos + 4, end);
      if (body.contains("--") || body.endsWith("-")) {
        return false;
      }
      pos = end + 3;
      events.add(new Event(XMLStreamConstants.COMMENT, start, pos, null, NO_ATTRIBUTES, body));
      return true;
    }

    /** A non-empty CDATA section (whether the JDK's parser reports an empty one is left to it). */
    private boolean cdata() {
      int start = pos;
      int end = text.indexOf("]]>", pos + 9);
      if (end <= pos + 9) {
        return false;
      }
      String body = text.substring(pos + 9, end);
      pos = end + 3;
      events.add(new Event(XMLStreamConstants.CDATA, start, pos, null, NO_ATTRIBUTES, body.replace("\r\n", "\n").replace('\r', '\n')));
      return true;
    }

    /** {@code <?target data?>}, the target not {@code xml} in any case. */
    private boolean instruction() {
      int start = pos;
      pos += 2;
      String target = name();
      if (target == null || target.indexOf(':') >= 0 || target.equalsIgnoreCase("xml")) {
        return false;
      }
      if (!text.startsWith("?>", pos) && (pos >= length || !isXmlSpace(chars[pos]))) {
        return false;
      }
      int end = text.indexOf("?>", pos);
      if (end < 0) {
        return false;
      }
      pos = end + 2;
      events.add(new Event(XMLStreamConstants.PROCESSING_INSTRUCTION, start, pos, null, NO_ATTRIBUTES, null));
      return true;
    }

    /** An ASCII name, {@code prefix:local} or {@code local}; null if there is none at the position. */
    @Nullable
    private String name() {
      int start = pos;
      if (!ncName()) {
        return null;
      }
      if (pos < length && chars[pos] == ':') {
        pos++;
        if (!ncName()) {
          return null;
        }
      }
      return text.substring(start, pos);
    }

    private boolean ncName() {
      if (pos >= length || !isNameStart(chars[pos])) {
        return false;
      }
      pos++;
      while (pos < length && isNameChar(chars[pos])) {
        pos++;
      }
      return true;
    }

    private static boolean isNameStart(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNameChar(char c) {
      return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private void skipSpace() {
      while (pos < length && isXmlSpace(chars[pos])) {
        pos++;
      }
    }
  }
}
