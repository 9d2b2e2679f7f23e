package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.SourceUnit;
import java.io.StringReader;
import java.util.List;
import javax.annotation.Nullable;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Android value resources ({@code res/values*}/{@code *.xml}: strings, string arrays, items) and the
 * manifest's {@code <meta-data>}. Resource names are the names of their values and the keys by which code
 * refers to them ({@code R.string.x}, {@code @string/x}); a meta-data value {@code @string/x} or
 * {@code ${placeholder}} is a reference to the resource or to the Gradle manifest placeholder.
 */
public final class AndroidXmlFrontEnd implements FileFrontEnd {

  private static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";
  private static final String REPORT_CDATA = "http://java.sun.com/xml/stream/properties/report-cdata-event";

  @Override
  public String name() {
    return "XML";
  }

  @Override
  public boolean accepts(String path, String language) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".xml")) {
      return false;
    }
    return lower.endsWith("androidmanifest.xml") || isValuesResource(lower);
  }

  private static boolean isValuesResource(String path) {
    String[] segments = path.split("/");
    return segments.length >= 3 && segments[segments.length - 3].equals("res") && segments[segments.length - 2].startsWith("values");
  }

  @Override
  public void read(String text, SourceUnit unit) throws UnreadableFile {
    // a byte order mark that survived decoding is not content; offsets stay those of the file's text
    int shift = text.startsWith("\uFEFF") ? 1 : 0;
    String fileName = unit.file().substring(unit.file().lastIndexOf('/') + 1).replaceFirst("\\.xml$", "");
    SourceText source = new SourceText(unit.file(), text);
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.get().createXMLStreamReader(new StringReader(shift == 0 ? text : text.substring(shift)));
      Document document = new Document(reader, text, shift, source, unit);
      if (!document.nextElement()) {
        return;
      }
      String root = reader.getLocalName();
      if (root.equals("manifest")) {
        // a module with a manifest is an Android one (rule ClientSideAccountCredentials, docs/adr/008)
        unit.trait(ClientSideCheck.ANDROID_MODULE);
        readManifest(document);
      } else if (root.equals("resources")) {
        readResources(document, fileName);
      }
    } catch (XMLStreamException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new UnreadableFile("not well-formed XML");
    } finally {
      close(reader);
    }
  }

  /**
   * The JDK's own StAX parser (not whichever implementation the class path offers), without DTDs nor external
   * entities. One per thread: a factory is costly to create, and analyzer-commons' DOM with locations was 20 times
   * slower on real resources (docs/adr/009).
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

  private static void close(@Nullable XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing held
      }
    }
  }

  /** {@code <string>}, {@code <item>} and the items of {@code <string-array>}/{@code <array>}, children of {@code <resources>}. */
  private static void readResources(Document document, String fileName) throws XMLStreamException {
    XMLStreamReader reader = document.reader;
    SourceUnit unit = document.unit;
    while (document.nextChildElement(1)) {
      String name = document.plainAttribute("name");
      String tag = reader.getLocalName();
      boolean stringItem = tag.equals("item") && ("string".equals(document.plainAttribute("type")) || document.plainAttribute("type").isEmpty());
      if (name.isEmpty()) {
        document.skipElement();
      } else if (tag.equals("string") || stringItem) {
        Expr value = document.textValue();
        if (value != null) {
          unit.add(new Binding(resourceKeys(unit, "string", name), List.of(name), List.of(fileName), value));
        }
      } else if (tag.equals("string-array") || tag.equals("array")) {
        while (document.nextChildElement(2)) {
          if (reader.getLocalName().equals("item")) {
            Expr value = document.textValue();
            if (value != null) {
              unit.add(new Binding(List.of(), List.of(name), List.of(fileName), value));
            }
          } else {
            document.skipElement();
          }
        }
      } else {
        document.skipElement();
      }
    }
  }

  /** {@code <meta-data android:name="com.example.voice.TOKEN" android:value="..."/>}, anywhere in the manifest. */
  private static void readManifest(Document document) throws XMLStreamException {
    XMLStreamReader reader = document.reader;
    SourceUnit unit = document.unit;
    while (document.nextElement()) {
      if (!reader.getLocalName().equals("meta-data")) {
        continue;
      }
      int nameIndex = document.androidAttribute("name");
      int valueIndex = document.androidAttribute("value");
      if (nameIndex < 0 || valueIndex < 0) {
        continue;
      }
      // com.example.voice.TOKEN: the name is voice.TOKEN, in com.example; io.fabric.ApiKey names another SDK's key
      String fullName = reader.getAttributeValue(nameIndex);
      int dot = fullName.lastIndexOf('.');
      int owner = dot < 0 ? -1 : fullName.lastIndexOf('.', dot - 1);
      List<String> names = List.of(fullName.substring(owner + 1));
      List<String> context = owner < 0 ? List.of("meta-data") : List.of(fullName.substring(0, owner), "meta-data");
      String value = reader.getAttributeValue(valueIndex);
      SourceRange range = document.attributeValueRange(valueIndex);
      String text = value.strip();
      Expr expr;
      if (text.startsWith("@string/")) {
        expr = new Expr.Ref(resourceKeys(unit, "string", text.substring("@string/".length())), text, range);
      } else if (text.startsWith("${") && text.endsWith("}")) {
        String placeholder = text.substring(2, text.length() - 1);
        expr = new Expr.Ref(List.of(unit.module() + "#manifestPlaceholders." + placeholder, "manifestPlaceholders." + placeholder), text, range);
      } else {
        expr = new Expr.Literal(value, range);
      }
      unit.add(new Binding(List.of(), names, context, expr, "Published as the manifest meta-data " + fullName + " here"));
    }
  }

  /**
   * One pass over a document with the JDK's StAX reader, and where things are in the text. The reader's own
   * locations are not exact (it reads ahead), so each tag is found in the text from where the previous piece of
   * markup ended: outside markup, XML text cannot hold a {@code <}.
   */
  private static final class Document {
    final XMLStreamReader reader;
    final String text;
    final int shift;
    final SourceText source;
    final SourceUnit unit;
    /** Elements open at the reader's position (1 inside the root element). */
    int depth;
    /** Where the markup read last ends in the text. */
    private int cursor;
    /** The current start tag, or end tag: [tagStart, tagEnd). */
    private int tagStart;
    private int tagEnd;
    private boolean selfClosing;

    Document(XMLStreamReader reader, String text, int shift, SourceText source, SourceUnit unit) {
      this.reader = reader;
      this.text = text;
      this.shift = shift;
      this.source = source;
      this.unit = unit;
      this.cursor = shift;
    }

    /** The next event, with the text position of the markup it was read from. */
    private int next() throws XMLStreamException {
      unit.checkpoint();
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

    private static String qualifiedName(@Nullable String prefix, String localName) {
      return prefix == null || prefix.isEmpty() ? localName : (prefix + ":" + localName);
    }

    /** Moves to the next start tag anywhere; false at the end of the document. */
    boolean nextElement() throws XMLStreamException {
      while (reader.hasNext()) {
        if (next() == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
      }
      return false;
    }

    /** Moves to the next start tag of a child of the element open at {@code parentDepth}; false once that element ends. */
    boolean nextChildElement(int parentDepth) throws XMLStreamException {
      while (depth >= parentDepth && reader.hasNext()) {
        if (next() == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
          return true;
        }
      }
      return false;
    }

    /** From a start tag, past its end tag. */
    void skipElement() throws XMLStreamException {
      int open = depth;
      while (depth >= open && reader.hasNext()) {
        next();
      }
    }

    /**
     * From a start tag, past its end tag: the element's text when its content is a single text node (character
     * data and references, or one CDATA section), unquoted as Android does; a reference for {@code @string/x}; null
     * for an empty element or one with elements, comments or instructions inside.
     */
    @Nullable
    Expr textValue() throws XMLStreamException {
      int contentStart = tagEnd;
      int open = depth;
      StringBuilder value = new StringBuilder();
      int textNodes = 0;
      boolean inText = false;
      boolean other = false;
      while (reader.hasNext()) {
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
            value.append(reader.getText());
          }
          case XMLStreamConstants.CDATA -> {
            textNodes++;
            inText = false;
            value.append(reader.getText());
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
      SourceRange range = source.trim(source.range(contentStart, Math.max(contentStart, tagStart)));
      String unescaped = unescape(value.toString().strip());
      if (unescaped.startsWith("@string/")) {
        return new Expr.Ref(resourceKeys(unit, "string", unescaped.substring("@string/".length())), unescaped, range);
      }
      return new Expr.Literal(unescaped, range);
    }

    /** The value of an attribute without a namespace at a start tag, or "". */
    String plainAttribute(String localName) {
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String namespace = reader.getAttributeNamespace(i);
        if ((namespace == null || namespace.isEmpty()) && localName.equals(reader.getAttributeLocalName(i))) {
          return reader.getAttributeValue(i);
        }
      }
      return "";
    }

    /** The index of an attribute in Android's namespace at a start tag, or -1. */
    int androidAttribute(String localName) {
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        if (ANDROID_NS.equals(reader.getAttributeNamespace(i)) && localName.equals(reader.getAttributeLocalName(i))) {
          return i;
        }
      }
      return -1;
    }

    /** Where an attribute's value is written, quotes included, found in the text of the start tag. */
    SourceRange attributeValueRange(int index) {
      String qualifiedName = qualifiedName(reader.getAttributePrefix(index), reader.getAttributeLocalName(index));
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

    private static boolean isXmlSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
  }

  /** Android's own string escapes: surrounding double quotes, {@code \'}, {@code \"}, {@code \@}, {@code \n}, {@code \u0041}. */
  static String unescape(String text) {
    String value = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.append(c);
        continue;
      }
      char next = value.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 < value.length()) {
            try {
              out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
              i += 4;
            } catch (NumberFormatException notHex) {
              out.append("\\u");
            }
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  /** The keys code uses for a resource: {@code R.string.name} in this module first, then anywhere. */
  static List<String> resourceKeys(SourceUnit unit, String type, String name) {
    return List.of(unit.module() + "#R." + type + "." + name, "R." + type + "." + name);
  }

}
