package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Our own reader of simple documents ({@link SimpleXmlMarkup}, docs/adr/011) against the JDK's StAX parser, which
 * reads every other document: on the documents resources and manifests are made of, and on the same documents
 * damaged at random, the front-end must make the same candidates (values and ranges) with either, and refuse the
 * same documents. Our reader must take most real-looking documents, or it would save nothing.
 */
class SimpleXmlReaderDifferentialTest {

  private static final FileFrontEnd WITH_OUR_READER = new AndroidXmlFrontEnd();
  private static final FileFrontEnd JDK_ONLY = new AndroidXmlFrontEnd(false);

  @Property(tries = 500, seed = "20261123")
  void values_resources_as_the_jdk_reads_them(@ForAll("resources") String document) {
    String reader = assertSame("res/values/strings.xml", document);
    // the generators' documents are well-formed but for a few (a prefix left unbound): all of those are ours
    Statistics.collect(reader);
    Statistics.coverage(coverage -> coverage.check("jdk").count(c -> c == 0));
  }

  @Property(tries = 300, seed = "20261123")
  void manifests_as_the_jdk_reads_them(@ForAll("manifests") String document) {
    Statistics.collect(assertSame("AndroidManifest.xml", document));
    Statistics.coverage(coverage -> coverage.check("jdk").count(c -> c == 0));
  }

  @Property(tries = 3000)
  void damaged_documents_as_the_jdk_reads_them(@ForAll("damaged") String document) {
    Statistics.collect(assertSame(document.contains("<manifest") ? "AndroidManifest.xml" : "res/values/strings.xml", document));
    // our reader on what survives the damage, the JDK's on the rest
    Statistics.coverage(coverage -> {
      coverage.check("ours").percentage(p -> p > 2);
      coverage.check("not well-formed").percentage(p -> p > 15);
    });
  }

  @Example
  void the_forms_left_to_the_jdk() {
    String string = "<string name=\"a\">v</string>";
    assertThat(takenByOurReader("<resources>" + string + "</resources>")).isTrue();
    for (String document : List.of(
      "<!DOCTYPE resources [<!ENTITY e \"AC0123\">]><resources><string name=\"a\">&e;</string></resources>",
      "<resources><string name=\"a\">&nbsp;</string></resources>",
      "<resources><strïng name=\"a\">v</strïng></resources>",
      "<resources><p:string name=\"a\">v</p:string></resources>",
      "<resources xmlns:p=\"\"><string name=\"a\">v</string></resources>",
      "<resources><string name=\"a\" name=\"b\">v</string></resources>",
      "<resources><string name=\"a\"><![CDATA[]]></string></resources>",
      "<resources><!-- a -- b --><string name=\"a\">v</string></resources>",
      "<resources><string name=\"a\">v]]>w</string></resources>",
      "<resources><string name=\"a\">\u0001</string></resources>",
      "<resources><string name=\"a\">&#0;</string></resources>",
      "<?xml version=\"1.1\"?><resources>" + string + "</resources>",
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><resources>" + string + "</resources>",
      " <?xml version=\"1.0\"?><resources>" + string + "</resources>",
      "<resources>" + string + "</resources><resources/>",
      "<resources>" + string)) {
      assertThat(takenByOurReader(document)).as(document).isFalse();
      assertSame("res/values/strings.xml", document);
    }
  }

  @Example
  void a_document_of_more_events_than_our_reader_keeps_is_streamed_by_the_jdk() {
    String small = "<resources>" + "<item name=\"a\" type=\"string\">AC0123456789abcdef0123456789abcdef</item>".repeat(10) + "</resources>";
    String large = "<resources>" + "<x/>".repeat(SimpleXmlMarkup.MAX_EVENTS / 2) + "<string name=\"a\">AC0123456789abcdef0123456789abcdef</string></resources>";
    assertThat(takenByOurReader(small)).isTrue();
    assertThat(takenByOurReader(large)).isFalse();
    assertThat(assertSame("res/values/strings.xml", large)).isEqualTo("jdk");
    assertThat(AndroidXmlReaderDifferentialTest.describe(WITH_OUR_READER, "res/values/strings.xml", large)).contains("AC0123456789abcdef0123456789abcdef");
  }

  @Example
  void many_attributes_or_namespace_declarations_are_left_to_the_jdk_in_linear_time() {
    StringBuilder attributes = new StringBuilder("<resources><string name=\"a\"");
    for (int i = 0; i < 100_000; i++) {
      attributes.append(" a").append(i).append("=\"\"");
    }
    String manyAttributes = attributes.append(">v</string></resources>").toString();
    String deep = "<resources xmlns:p=\"u\">" + "<p:x xmlns:q=\"v\">".repeat(20_000) + "</p:x>".repeat(20_000) + "</resources>";
    for (String document : List.of(manyAttributes, deep)) {
      assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(com.providercredentials.testing.Hostile.GUARD,
        () -> takenByOurReader(document))).isFalse();
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(com.providercredentials.testing.Hostile.GUARD,
        () -> assertSame("res/values/strings.xml", document));
    }
  }

  @Example
  void normalization_of_line_ends_references_and_attribute_white_space() {
    for (String document : List.of(
      "<resources>\r\n<string name=\"a\">x\ry\r\nz</string>\r</resources>",
      "<resources><string name=\"a\"><![CDATA[x\r\ny\rz]]></string></resources>",
      "<resources><string name=\"a\">&lt;&gt;&amp;&apos;&quot;&#65;&#x1F600;&#13;&#10;</string></resources>",
      "<resources><string name=\"a&#9;b\tc\r\nd&amp;\">v</string></resources>",
      "<manifest xmlns:android=\"" + AndroidXmlFrontEnd.ANDROID_NS + "\"><meta-data android:name=\"n\" android:value=\"a\tb\r\nc&#10;d\"/></manifest>",
      "<manifest xmlns:a=\"" + AndroidXmlFrontEnd.ANDROID_NS + "\"><x xmlns:a=\"other\"><meta-data a:name=\"n\" a:value=\"v\"/></x></manifest>",
      "<manifest xmlns:a=\"" + AndroidXmlFrontEnd.ANDROID_NS + "\"><meta-data a:name=\"n\" xml:lang=\"en\" a:value='v\"w'/></manifest>")) {
      assertThat(takenByOurReader(document)).as(document).isTrue();
      assertSame(document.startsWith("<manifest") ? "AndroidManifest.xml" : "res/values/strings.xml", document);
    }
  }

  private static boolean takenByOurReader(String document) {
    SourceUnit unit = new SourceUnit("file:///p/x.xml", "/p/app", SourceUnit.Kind.RESOURCE);
    int shift = document.startsWith("\uFEFF") ? 1 : 0;
    return SimpleXmlMarkup.read(document, shift, new SourceText(unit.file(), document), unit) != null;
  }

  /** Asserts that both read the document alike; says which reader read it: "ours", "jdk", or "not well-formed". */
  private static String assertSame(String file, String document) {
    String expected = AndroidXmlReaderDifferentialTest.describe(JDK_ONLY, file, document);
    String actual = AndroidXmlReaderDifferentialTest.describe(WITH_OUR_READER, file, document);
    assertThat(actual).as("candidates of\n%s", document).isEqualTo(expected);
    return takenByOurReader(document) ? "ours" : expected.equals("unreadable") ? "not well-formed" : "jdk";
  }

  @Provide
  Arbitrary<String> resources() {
    return Arbitraries.oneOf(AndroidXmlReaderDifferentialTest.resourceDocuments(), richResources());
  }

  @Provide
  Arbitrary<String> manifests() {
    return AndroidXmlReaderDifferentialTest.manifestDocuments();
  }

  /** Documents cut, and with pieces that break XML or leave the simple form inserted, at random places. */
  @Provide
  Arbitrary<String> damaged() {
    Arbitrary<String> document = Arbitraries.oneOf(AndroidXmlReaderDifferentialTest.resourceDocuments(), richResources(),
      AndroidXmlReaderDifferentialTest.manifestDocuments());
    Arbitrary<String> piece = Arbitraries.of("<", ">", "&", "&amp", "&foo;", "&#;", "&#x110000;", "&#xD800;", "]]>", "--", "-", "\"", "'", "=",
      "/", "</a>", "<a>", "<!DOCTYPE r>", "<?xml version=\"1.0\"?>", "<?pi x?>", "<![CDATA[", "<!--", "\u0001", "\uFFFE", "\uD800", "\r", "\t",
      " ", "xmlns:p=\"\"", " p:a=\"1\"", " xmlns:p=\"u\"", "é", ":", "a:b:c", "\uFEFF", "");
    Arbitrary<Damage> damage = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3), piece)
      .as(Damage::new);
    return Combinators.combine(document, damage.list().ofMinSize(1).ofMaxSize(3)).as((text, damages) -> {
      String out = text;
      for (Damage d : damages) {
        int at = (int) (d.where * out.length());
        int cut = Math.min(d.cut, out.length() - at);
        out = out.substring(0, at) + d.piece + out.substring(at + cut);
      }
      return out;
    });
  }

  private record Damage(double where, int cut, String piece) {
  }

  /** What real resource files also hold: references and white space in attributes, line ends inside CDATA, several prefixes. */
  private static Arbitrary<String> richResources() {
    Arbitrary<String> attribute = Arbitraries.of("", " a:x=\"&amp;&#10;\"", " tools:ignore=\"a\tb\r\nc\"", " xml:space=\"preserve\"", " msgid='1&quot;2'");
    Arbitrary<String> text = Arbitraries.of("<![CDATA[a\r\nb]]>", "&#x41;&#66;", "it\\'s", "\"AC0123456789abcdef0123456789abcdef\"", "x\ry", "  ",
      "&lt;b&gt;", "@string/app_name", "%1$s &amp; %2$d");
    Arbitrary<String> element = Combinators.combine(Arbitraries.of("string", "item"), Arbitraries.of("a", "twilio_auth_token", "k.v"), attribute, text)
      .as((tag, name, attrs, t) -> "<" + tag + " name=\"" + name + "\"" + attrs + ">" + t + "</" + tag + ">");
    return element.list().ofMaxSize(6).map(elements -> "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n"
      + "<resources xmlns:tools=\"http://schemas.android.com/tools\" xmlns:a=\"urn:a\">\r\n  " + String.join("\r\n  ", elements) + "\r\n</resources>");
  }
}
