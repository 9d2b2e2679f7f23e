package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * The XML front-end reads resources and manifests in one StAX pass and finds positions in the text itself
 * (docs/adr/009). Its oracle is the first version, on analyzer-commons' DOM with locations
 * ({@link DomAndroidXmlFrontEnd}): on any document built from the pieces real resources are made of (CRLF and LF,
 * comments, CDATA, references, nested markup, self-closing tags, {@code >} in attribute values, other namespace
 * prefixes), both must make the same candidates with the same values and ranges, and refuse the same documents.
 */
class AndroidXmlReaderDifferentialTest {

  private static final String ANDROID = "http://schemas.android.com/apk/res/android";

  @Property(tries = 400, seed = "20261123")
  void values_resources_as_the_dom_reads_them(@ForAll("resources") String document) {
    assertSame("res/values/strings.xml", document);
  }

  @Property(tries = 300, seed = "20261123")
  void manifests_as_the_dom_reads_them(@ForAll("manifests") String document) {
    assertSame("AndroidManifest.xml", document);
  }

  @Example
  void hand_picked_documents() {
    assertSame("res/values/a.xml", "\uFEFF<resources>\r\n  <string name=\"a\">x\r\ny</string>\r\n</resources>");
    assertSame("res/values/a.xml", "<?xml version=\"1.0\"?>\n<!-- <string name=\"x\">no</string> -->\n<resources><string name=\"a\"><![CDATA[<b>AC]]></string></resources>");
    assertSame("res/values/a.xml", "<resources><string name='a' tools:ignore='x>y' xmlns:tools='t'>v</string><string name=\"b\">x<!-- c -->y</string></resources>");
    assertSame("res/values/a.xml", "<resources><string name=\"a\">x<![CDATA[y]]></string><item name=\"b\" type=\"string\" >&amp;&#65;</item ></resources>");
    assertSame("AndroidManifest.xml", "<manifest xmlns:a=\"" + ANDROID + "\"><meta-data a:value = 'v>w' a:name=\"n.K\"/><meta-data\n a:name=\"m\"\n a:value=\"@string/s\"></meta-data></manifest>");
    assertSame("res/values/a.xml", "<resources><string name=\"a\">x</resources>");
    assertSame("res/values/a.xml", "");
  }

  private static void assertSame(String file, String document) {
    String expected = describe(new DomAndroidXmlFrontEnd(), file, document);
    String actual = describe(new AndroidXmlFrontEnd(), file, document);
    assertThat(actual).as("candidates of\n%s", document).isEqualTo(expected);
  }

  static String describe(FileFrontEnd frontEnd, String file, String document) {
    SourceUnit unit = new SourceUnit("file:///p/" + file, "/p/app", SourceUnit.Kind.RESOURCE);
    try {
      frontEnd.read(document, unit);
    } catch (FileFrontEnd.UnreadableFile e) {
      return "unreadable";
    }
    StringBuilder out = new StringBuilder(unit.traits().toString());
    for (Binding b : unit.bindings()) {
      out.append('\n').append(b.names()).append(b.context()).append(b.keys()).append(' ');
      if (b.value() instanceof Expr.Literal l) {
        out.append('\'').append(l.value()).append("'@").append(l.range());
      } else if (b.value() instanceof Expr.Ref r) {
        out.append("ref").append(r.keys()).append('@').append(r.range());
      } else {
        out.append(b.value());
      }
    }
    return out.toString();
  }

  @Provide
  Arbitrary<String> resources() {
    return resourceDocuments();
  }

  @Provide
  Arbitrary<String> manifests() {
    return manifestDocuments();
  }

  static Arbitrary<String> resourceDocuments() {
    Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "", " ", "\n  ");
    Arbitrary<String> name = Arbitraries.of("a", "twilio_sid", "aws.key", "x-y");
    Arbitrary<String> text = Arbitraries.of("AC0123456789abcdef0123456789abcdef", "  spaced  ", "\"quoted \\'s\"", "@string/other", "a &amp; b",
      "&#65;&#x42;", "<![CDATA[<b>cd</b>]]>", "x<![CDATA[y]]>", "<b>bold</b>", "x<!-- c -->y", "", "\u00e9\ud83d\ude00", "line\r\nnext", "tab\there");
    Arbitrary<String> attributes = Arbitraries.of("", " translatable=\"false\"", " tools:ignore='Missing>Translation'", " type=\"string\"", " type=\"dimen\"",
      " formatted = \"false\" ");
    Arbitrary<String> element = Combinators.combine(Arbitraries.of("string", "item", "string-array", "integer", "plurals"), name, attributes, text,
      Arbitraries.of(true, false)).as((tag, n, attrs, t, selfClosing) -> {
        if (selfClosing) {
          return "<" + tag + " name=\"" + n + "\"" + attrs + "/>";
        }
        String content = tag.endsWith("array") || tag.equals("plurals") ? "<item>" + t + "</item><item quantity=\"one\">" + t + "</item>" : t;
        return "<" + tag + " name=\"" + n + "\"" + attrs + ">" + content + "</" + tag + " >";
      });
    Arbitrary<String> piece = Arbitraries.oneOf(element, element, element, Arbitraries.of("<!-- <string name=\"c\">x</string> -->", "<?pi data?>",
      "<eat-comment/>", "<declare-styleable name=\"s\"><attr name=\"a\" format=\"string\"/></declare-styleable>"));
    Arbitrary<List<String>> pieces = Combinators.combine(piece, newline).as((p, nl) -> nl + p).list().ofMaxSize(8);
    Arbitrary<String> prolog = Arbitraries.of("", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "\uFEFF<?xml version=\"1.0\"?>\r\n", "<!-- licence -->\n");
    Arbitrary<String> root = Arbitraries.of("<resources>", "<resources xmlns:tools=\"http://schemas.android.com/tools\">", "<resources\n    xmlns:tools='t'>");
    return Combinators.combine(prolog, root, pieces, newline).as((p, r, list, nl) -> p + r + String.join("", list) + nl + "</resources>\n");
  }

  static Arbitrary<String> manifestDocuments() {
    Arbitrary<String> prefix = Arbitraries.of("android", "a");
    Arbitrary<String> value = Arbitraries.of("AC0123456789abcdef0123456789abcdef", "@string/twilio_sid", "${awsKey}", " spaced ", "x>y", "&amp;", "");
    Arbitrary<String> space = Arbitraries.of(" ", "\n        ", "\r\n  ", "  ");
    Arbitrary<String> metaData = Combinators.combine(prefix, value, space, Arbitraries.of(true, false), Arbitraries.of("com.example.voice.TOKEN", "twilio_sid", "K"))
      .as((p, v, s, nameFirst, n) -> {
        String nameAttr = p + ":name=\"" + n + "\"";
        String valueAttr = p + ":value=" + (v.contains("\"") ? "'" + v + "'" : "\"" + v + "\"");
        return "<meta-data" + s + (nameFirst ? nameAttr + s + valueAttr : valueAttr + s + nameAttr) + (nameFirst ? " />" : "></meta-data>");
      });
    Arbitrary<String> piece = Arbitraries.oneOf(metaData, metaData, Arbitraries.of("<uses-permission android:name=\"android.permission.INTERNET\"/>",
      "<!-- <meta-data android:name=\"x\" android:value=\"y\"/> -->", "<activity android:name=\".Main\"><meta-data android:name=\"in.ACTIVITY\" android:value=\"v\"/></activity>",
      "<meta-data android:name=\"r\" android:resource=\"@xml/r\"/>"));
    Arbitrary<List<String>> pieces = Combinators.combine(piece, Arbitraries.of("\n    ", "\r\n", "")).as((p, nl) -> nl + p).list().ofMaxSize(6);
    return Combinators.combine(prefix, pieces).as((p, list) -> "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<manifest xmlns:" + p + "=\"" + ANDROID
      + "\"" + (p.equals("android") ? "" : " xmlns:android=\"" + ANDROID + "\"") + " package=\"com.example\">\n  <application>" + String.join("", list) + "\n  </application>\n</manifest>\n");
  }
}
