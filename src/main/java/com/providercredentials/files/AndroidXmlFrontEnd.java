package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.Trait;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.core.escapes.EscapeDialect;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import javax.annotation.Nullable;
import javax.xml.stream.XMLStreamException;

/**
 * Android value resources ({@code res/values*}/{@code *.xml}: strings, string arrays, items) and the
 * manifest's {@code <meta-data>}. Resource names are the names of their values and the keys by which code
 * refers to them ({@code R.string.x}, {@code @string/x}); a meta-data value {@code @string/x} or
 * {@code ${placeholder}} is a reference to the resource or to the Gradle manifest placeholder.
 */
public final class AndroidXmlFrontEnd implements FileFrontEnd {

  static final String ANDROID_NS = "http://schemas.android.com/apk/res/android";

  /** Whether documents in the simple form are read by our own reader (docs/adr/011); off only to test it against the JDK's. */
  private final boolean simpleReader;

  public AndroidXmlFrontEnd() {
    this(true);
  }

  AndroidXmlFrontEnd(boolean simpleReader) {
    this.simpleReader = simpleReader;
  }

  @Override
  public String name() {
    return "XML";
  }

  @Override
  public boolean accepts(String path, String language) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".xml")) {
      return false;
    }
    return lower.endsWith("androidmanifest.xml") || isValuesResource(lower);
  }

  private static boolean isValuesResource(String path) {
    String[] segments = path.split("/");
    return segments.length >= 3 && segments[segments.length - 3].equals("res") && segments[segments.length - 2].startsWith("values");
  }

  /** {@code <!-- <string name="twilio_auth_token">…</string> -->}: see {@link XmlComments}. */
  @Override
  public void readComments(String text, SourceUnit comments, Detector detector) {
    new XmlComments(this, detector).read(text, comments);
  }

  @Override
  public void read(String text, SourceUnit unit) throws UnreadableFile {
    // a byte order mark that survived decoding is not content; offsets stay those of the file's text
    int shift = text.startsWith("\uFEFF") ? 1 : 0;
    String fileName = unit.file().substring(unit.file().lastIndexOf('/') + 1);
    fileName = fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - ".xml".length()) : fileName;
    SourceText source = new SourceText(unit.file(), text);
    XmlMarkup document = simpleReader ? SimpleXmlMarkup.read(text, shift, source, unit) : null;
    try {
      if (document == null) {
        // outside the form our own reader takes: the JDK's parser reads it, and says whether it is well-formed
        document = new StaxMarkup(text, shift, source, unit);
      }
      if (!document.nextElement()) {
        return;
      }
      String root = document.localName();
      if (root.equals("manifest")) {
        // a module with a manifest is an Android one (rule ClientSideAccountCredentials, docs/adr/008)
        unit.trait(Trait.ANDROID_MODULE);
        readManifest(document);
      } else if (root.equals("resources")) {
        readResources(document, fileName);
      }
    } catch (XMLStreamException | IllegalStateException | NoSuchElementException e) {
      throw new UnreadableFile("not well-formed XML");
    } finally {
      if (document instanceof StaxMarkup stax) {
        stax.close();
      }
    }
  }

  /** {@code <string>}, {@code <item>} and the items of {@code <string-array>}/{@code <array>}, children of {@code <resources>}. */
  private static void readResources(XmlMarkup document, String fileName) throws XMLStreamException {
    SourceUnit unit = document.unit;
    while (document.nextChildElement(1)) {
      String name = document.plainAttribute("name");
      String tag = document.localName();
      boolean stringItem = tag.equals("item") && ("string".equals(document.plainAttribute("type")) || document.plainAttribute("type").isEmpty());
      if (name.isEmpty()) {
        document.skipElement();
      } else if (tag.equals("string") || stringItem) {
        Expr value = textValue(document, unit);
        if (value != null) {
          unit.add(new Binding(resourceKeys(unit, "string", name), List.of(name), List.of(fileName), value));
        }
      } else if (tag.equals("string-array") || tag.equals("array")) {
        while (document.nextChildElement(2)) {
          if (document.localName().equals("item")) {
            Expr value = textValue(document, unit);
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
  private static void readManifest(XmlMarkup document) throws XMLStreamException {
    SourceUnit unit = document.unit;
    while (document.nextElement()) {
      if (!document.localName().equals("meta-data")) {
        continue;
      }
      int nameIndex = document.attribute(ANDROID_NS, "name");
      int valueIndex = document.attribute(ANDROID_NS, "value");
      if (nameIndex < 0 || valueIndex < 0) {
        continue;
      }
      // com.example.voice.TOKEN: the name is voice.TOKEN, in com.example; io.fabric.ApiKey names another SDK's key
      String fullName = document.attributeValue(nameIndex);
      int dot = fullName.lastIndexOf('.');
      int owner = dot < 0 ? -1 : fullName.lastIndexOf('.', dot - 1);
      List<String> names = List.of(fullName.substring(owner + 1));
      List<String> context = owner < 0 ? List.of("meta-data") : List.of(fullName.substring(0, owner), "meta-data");
      String value = document.attributeValue(valueIndex);
      SourceRange range = document.attributeValueRange(valueIndex);
      String text = value.strip();
      Expr expr;
      if (text.startsWith("@string/")) {
        expr = new Expr.Ref(resourceKeys(unit, "string", text.substring("@string/".length())), text, range);
      } else if (text.startsWith("${") && text.endsWith("}")) {
        String placeholder = text.substring(2, text.length() - 1);
        expr = new Expr.Ref(SymbolKey.placeholder(unit.module(), placeholder), text, range);
      } else {
        expr = new Expr.Literal(value, range);
      }
      unit.add(new Binding(List.of(), names, context, expr, "Published as the manifest meta-data " + fullName + " here"));
    }
  }

  /**
   * From a start tag, past its end tag: the element's single text, unquoted as Android does, or a reference for
   * {@code @string/x}; null if it has no single text.
   */
  @Nullable
  private static Expr textValue(XmlMarkup document, SourceUnit unit) throws XMLStreamException {
    XmlMarkup.ElementText text = document.elementText();
    if (text == null) {
      return null;
    }
    String unescaped = unescape(text.text().strip());
    if (unescaped.startsWith("@string/")) {
      return new Expr.Ref(resourceKeys(unit, "string", unescaped.substring("@string/".length())), unescaped, text.range());
    }
    return new Expr.Literal(unescaped, text.range());
  }

  /** Android's own string escapes: see {@link EscapeDialect#ANDROID_RESOURCE}. */
  static String unescape(String text) {
    return EscapeDialect.ANDROID_RESOURCE.decode(text);
  }

  /** The keys code uses for a resource: {@code R.string.name} in this module first, then anywhere. */
  static List<String> resourceKeys(SourceUnit unit, String type, String name) {
    return SymbolKey.resource(unit.module(), type, name);
  }

}
