package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.Trait;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonarsource.analyzer.commons.xml.ParseException;
import org.sonarsource.analyzer.commons.xml.XmlFile;
import org.sonarsource.analyzer.commons.xml.XmlTextRange;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XML front-end as it was written first, on analyzer-commons' DOM with locations (what sonar-xml uses): the
 * oracle of {@code AndroidXmlReaderDifferentialTest}. Kept in tests only; see docs/adr/009. What the two share
 * and is not under test (Android's string escapes, the resource keys) is the main class'.
 *
 * Android value resources ({@code res/values*}/{@code *.xml}: strings, string arrays, items) and the
 * manifest's {@code <meta-data>}. Resource names are the names of their values and the keys by which code
 * refers to them ({@code R.string.x}, {@code @string/x}); a meta-data value {@code @string/x} or
 * {@code ${placeholder}} is a reference to the resource or to the Gradle manifest placeholder.
 */
final class DomAndroidXmlFrontEnd implements FileFrontEnd {


  /** The front-end under test decides which files are read; only how they are read is compared. */
  private static final AndroidXmlFrontEnd MAIN = new AndroidXmlFrontEnd();

  @Override
  public String name() {
    return MAIN.name();
  }

  @Override
  public boolean accepts(String path, String language) {
    return MAIN.accepts(path, language);
  }

  @Override
  public void read(String text, SourceUnit unit) throws UnreadableFile {
    XmlFile xml;
    try {
      xml = XmlFile.create(text);
    } catch (ParseException | IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableFile("not well-formed XML");
    }
    Element root = xml.getNamespaceAwareDocument().getDocumentElement();
    if (root == null) {
      return;
    }
    String fileName = unit.file().substring(unit.file().lastIndexOf('/') + 1).replaceFirst("\\.xml$", "");
    SourceText source = new SourceText(unit.file(), text);
    if (root.getLocalName() != null && root.getLocalName().equals("manifest")) {
      // a module with a manifest is an Android one (rule ClientSideAccountCredentials, docs/adr/008)
      unit.trait(Trait.ANDROID_MODULE);
      readManifest(root, unit);
    } else if ("resources".equals(root.getLocalName())) {
      readResources(root, unit, fileName, source);
    }
  }

  private static void readResources(Element resources, SourceUnit unit, String fileName, SourceText source) {
    for (Node child : XmlFile.children(resources)) {
      unit.checkpoint();
      if (!(child instanceof Element element)) {
        continue;
      }
      String name = element.getAttribute("name");
      String tag = element.getLocalName();
      if (name.isEmpty() || tag == null) {
        continue;
      }
      boolean stringItem = tag.equals("item") && ("string".equals(element.getAttribute("type")) || element.getAttribute("type").isEmpty());
      if (tag.equals("string") || stringItem) {
        Expr value = textValue(element, unit, source);
        if (value != null) {
          unit.add(new Binding(AndroidXmlFrontEnd.resourceKeys(unit, "string", name), List.of(name), List.of(fileName), value));
        }
      } else if (tag.equals("string-array") || tag.equals("array")) {
        for (Node item : XmlFile.children(element)) {
          if (item instanceof Element itemElement && "item".equals(itemElement.getLocalName())) {
            Expr value = textValue(itemElement, unit, source);
            if (value != null) {
              unit.add(new Binding(List.of(), List.of(name), List.of(fileName), value));
            }
          }
        }
      }
    }
  }

  /** {@code <meta-data android:name="com.example.voice.TOKEN" android:value="..."/>}, anywhere in the manifest. */
  private static void readManifest(Element manifest, SourceUnit unit) {
    List<Element> metaData = new ArrayList<>();
    collect(manifest, "meta-data", metaData);
    for (Element element : metaData) {
      Attr name = element.getAttributeNodeNS(AndroidXmlFrontEnd.ANDROID_NS, "name");
      Attr value = element.getAttributeNodeNS(AndroidXmlFrontEnd.ANDROID_NS, "value");
      if (name == null || value == null) {
        continue;
      }
      // com.example.voice.TOKEN: the name is voice.TOKEN, in com.example; io.fabric.ApiKey names another SDK's key
      String fullName = name.getValue();
      int dot = fullName.lastIndexOf('.');
      int owner = dot < 0 ? -1 : fullName.lastIndexOf('.', dot - 1);
      List<String> names = List.of(fullName.substring(owner + 1));
      List<String> context = owner < 0 ? List.of("meta-data") : List.of(fullName.substring(0, owner), "meta-data");
      SourceRange range = range(unit, XmlFile.attributeValueLocation(value));
      String text = value.getValue().strip();
      Expr expr;
      if (text.startsWith("@string/")) {
        expr = new Expr.Ref(AndroidXmlFrontEnd.resourceKeys(unit, "string", text.substring("@string/".length())), text, range);
      } else if (text.startsWith("${") && text.endsWith("}")) {
        String placeholder = text.substring(2, text.length() - 1);
        expr = new Expr.Ref(List.of(unit.module() + "#manifestPlaceholders." + placeholder, "manifestPlaceholders." + placeholder), text, range);
      } else {
        expr = new Expr.Literal(value.getValue(), range);
      }
      unit.add(new Binding(List.of(), names, context, expr, "Published as the manifest meta-data " + fullName + " here"));
    }
  }

  private static void collect(Element element, String tag, List<Element> found) {
    for (Node child : XmlFile.children(element)) {
      if (child instanceof Element childElement) {
        if (tag.equals(childElement.getLocalName())) {
          found.add(childElement);
        }
        collect(childElement, tag, found);
      }
    }
  }

  /** The text of an element with a single text child, unquoted as Android does; a reference for {@code @string/x}. */
  @Nullable
  private static Expr textValue(Element element, SourceUnit unit, SourceText source) {
    List<Node> children = XmlFile.children(element);
    if (children.size() != 1 || children.get(0).getNodeType() != Node.TEXT_NODE && children.get(0).getNodeType() != Node.CDATA_SECTION_NODE) {
      return null;
    }
    Node text = children.get(0);
    String raw = text.getNodeValue();
    SourceRange range = source.trim(range(unit, XmlFile.nodeLocation(text)));
    String value = AndroidXmlFrontEnd.unescape(raw.strip());
    if (value.startsWith("@string/")) {
      return new Expr.Ref(AndroidXmlFrontEnd.resourceKeys(unit, "string", value.substring("@string/".length())), value, range);
    }
    return new Expr.Literal(value, range);
  }

  private static SourceRange range(SourceUnit unit, XmlTextRange range) {
    return SourceRange.of(unit.file(), range.getStartLine(), range.getStartColumn(), range.getEndLine(), range.getEndColumn());
  }
}
