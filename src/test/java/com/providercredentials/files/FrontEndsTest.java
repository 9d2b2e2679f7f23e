package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each file front-end makes of small inputs, good and bad. */
class FrontEndsTest {

  private static SourceUnit read(FileFrontEnd frontEnd, String file, String text) throws FileFrontEnd.UnreadableFile {
    SourceUnit unit = new SourceUnit("file:///p/" + file, "/p/app", SourceUnit.Kind.RESOURCE);
    frontEnd.read(text, unit);
    return unit;
  }

  private static List<String> bindings(SourceUnit unit) {
    return unit.bindings().stream().map(FrontEndsTest::describe).toList();
  }

  private static String describe(Binding b) {
    String value;
    if (b.value() instanceof Expr.Literal l) {
      value = "'" + l.value() + "'@" + l.range().startLine() + ":" + l.range().startColumn() + "-" + l.range().endLine() + ":" + l.range().endColumn();
    } else if (b.value() instanceof Expr.Ref r) {
      value = "ref" + r.keys();
    } else if (b.value() instanceof Expr.Concat c) {
      value = "concat" + c.parts().size();
    } else {
      value = "opaque";
    }
    return String.valueOf(b.names()) + b.context() + " " + value + (b.keys().isEmpty() ? "" : " keys" + b.keys());
  }

  @Test
  void front_ends_accept_their_files() {
    assertThat(new AndroidXmlFrontEnd().accepts("app/src/main/res/values/strings.xml", "xml")).isTrue();
    assertThat(new AndroidXmlFrontEnd().accepts("app/src/main/res/values-fr-rCA/keys.xml", "xml")).isTrue();
    assertThat(new AndroidXmlFrontEnd().accepts("app/src/main/AndroidManifest.xml", "xml")).isTrue();
    assertThat(new AndroidXmlFrontEnd().accepts("app/src/main/res/layout/main.xml", "xml")).isFalse();
    assertThat(new AndroidXmlFrontEnd().accepts("pom.xml", "xml")).isFalse();
    assertThat(new GradleFrontEnd().accepts("app/build.gradle", null)).isTrue();
    assertThat(new GradleFrontEnd().accepts("app/build.gradle.kts", "kotlin")).isTrue();
    assertThat(new GradleFrontEnd().accepts("app/src/main/kotlin/Script.kts", "kotlin")).isFalse();
    assertThat(new PropertiesFrontEnd().accepts("gradle.properties", null)).isTrue();
    assertThat(new JsonFrontEnd().accepts("app/src/main/assets/config.json", "json")).isTrue();
    assertThat(new JsonFrontEnd().accepts("node_modules/x/package.json", "json")).isFalse();
    assertThat(new JsonFrontEnd().accepts("package-lock.json", "json")).isFalse();
  }

  @Test
  void xml_resources_strings_items_arrays_and_references() throws Exception {
    SourceUnit unit = read(new AndroidXmlFrontEnd(), "res/values/strings.xml", """
      <resources>
        <string name="a">  "quoted \\@value\\'s"  </string>
        <item name="b" type="string">@string/a</item>
        <item name="c" type="dimen">12dp</item>
        <string-array name="d"><item>x</item><item><b>bold</b></item></string-array>
        <string name="e"/>
      </resources>
      """);
    assertThat(bindings(unit)).containsExactly(
      "[a][strings] 'quoted @value's'@2:21-2:40 keys[/p/app#R.string.a, R.string.a]",
      "[b][strings] ref[/p/app#R.string.a, R.string.a] keys[/p/app#R.string.b, R.string.b]",
      "[d][strings] 'x'@5:31-5:32");
  }

  @Test
  void manifest_meta_data_literals_resources_and_placeholders() throws Exception {
    SourceUnit unit = read(new AndroidXmlFrontEnd(), "AndroidManifest.xml", """
      <manifest xmlns:android="http://schemas.android.com/apk/res/android">
        <application>
          <meta-data android:name="com.example.voice.TOKEN" android:value="abc" />
          <meta-data android:name="twilio_sid" android:value="@string/sid" />
          <activity><meta-data android:name="x.KEY" android:value="${key}" /></activity>
          <meta-data android:name="no.value" android:resource="@xml/config" />
        </application>
      </manifest>
      """);
    assertThat(bindings(unit)).containsExactly(
      "[voice.TOKEN][com.example, meta-data] 'abc'@3:68-3:73",
      "[twilio_sid][meta-data] ref[/p/app#R.string.sid, R.string.sid]",
      "[x.KEY][meta-data] ref[/p/app#manifestPlaceholders.key, manifestPlaceholders.key]");
  }

  @Test
  void malformed_or_binary_xml_is_unreadable() {
    assertThatThrownBy(() -> read(new AndroidXmlFrontEnd(), "res/values/a.xml", "<resources><string name=\"a\">x</resources>"))
      .isInstanceOf(FileFrontEnd.UnreadableFile.class).hasMessage("not well-formed XML");
    assertThatThrownBy(() -> read(new AndroidXmlFrontEnd(), "res/values/b.xml", "\u0003\u0000\u0008\u0000binary"))
      .isInstanceOf(FileFrontEnd.UnreadableFile.class);
  }

  @Test
  void xml_external_entities_are_never_resolved_and_expansion_is_bounded() throws Exception {
    String external = """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
      <resources><string name="a">x&ext;y</string></resources>
      """;
    try {
      SourceUnit unit = read(new AndroidXmlFrontEnd(), "res/values/a.xml", external);
      assertThat(bindings(unit)).noneMatch(b -> b.contains("root:"));
    } catch (FileFrontEnd.UnreadableFile refused) {
      // refusing the document is as good
    }
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><resources><string name=\"a\">&l10;</string></resources>");
    try {
      SourceUnit unit = read(new AndroidXmlFrontEnd(), "res/values/b.xml", laughs.toString());
      assertThat(unit.bindings()).allMatch(b -> !(b.value() instanceof Expr.Literal l) || l.value().length() < 1_000_000);
    } catch (FileFrontEnd.UnreadableFile refused) {
      // the parser's entity expansion limit
    }
  }

  @Test
  void gradle_shapes() throws Exception {
    SourceUnit unit = read(new GradleFrontEnd(), "app/build.gradle", """
      ext {
        twilioSid = 'AC1'
      }
      ext.awsKey = "k"
      def local = "l" + "m"
      android {
        defaultConfig {
          buildConfigField "String", "A", '"a"'
          buildConfigField("String", "B", "\\"${B_PROP}\\"")
          buildConfigField "String", "C", "\\"" + project.findProperty('C_PROP') + "\\""
          buildConfigField "String", "D", "\\"${rootProject.ext.dValue}\\""
          buildConfigField "int", "E", "42"
          resValue "string", "r", "v"
          manifestPlaceholders = [k: "p", "q": project.property("Q")]
          signingConfig signingConfigs.release
          storePassword "s3cr3t"
        }
      }
      """);
    assertThat(bindings(unit)).containsExactly(
      "[twilioSid][ext] 'AC1'@2:14-2:19 keys[gradle:twilioSid, file:///p/app/build.gradle#twilioSid]",
      "[awsKey][ext] 'k'@4:13-4:16 keys[gradle:awsKey, file:///p/app/build.gradle#awsKey]",
      "[local][] concat2 keys[gradle:local, file:///p/app/build.gradle#local]",
      "[A][BuildConfig] 'a'@8:36-8:41 keys[/p/app#BuildConfig.A, BuildConfig.A]",
      "[B][BuildConfig] ref[file:///p/app/build.gradle#B_PROP, gradle:B_PROP] keys[/p/app#BuildConfig.B, BuildConfig.B]",
      "[C][BuildConfig] ref[gradle:C_PROP] keys[/p/app#BuildConfig.C, BuildConfig.C]",
      "[D][BuildConfig] ref[file:///p/app/build.gradle#dValue, gradle:dValue] keys[/p/app#BuildConfig.D, BuildConfig.D]",
      "[r][resValue] 'v'@13:28-13:31 keys[/p/app#R.string.r, R.string.r]",
      "[k][manifestPlaceholders] 'p'@14:31-14:34 keys[/p/app#manifestPlaceholders.k, manifestPlaceholders.k]",
      "[q][manifestPlaceholders] ref[gradle:Q] keys[/p/app#manifestPlaceholders.q, manifestPlaceholders.q]",
      "[storePassword][defaultConfig, android] 's3cr3t'@16:18-16:26");
  }

  @Test
  void gradle_kotlin_dsl_shapes() throws Exception {
    SourceUnit unit = read(new GradleFrontEnd(), "app/build.gradle.kts", """
      val twilioSid = "AC1"
      extra["awsKey"] = "k"
      android {
        defaultConfig {
          buildConfigField("String", "A", "\\"a\\"")
          buildConfigField("String", "B", "\\"${project.property("B_PROP")}\\"")
          manifestPlaceholders += mapOf("k" to "p", "q" to providers.gradleProperty("Q").get())
          manifestPlaceholders.putAll(mapOf("r" to "s"))
        }
      }
      """);
    assertThat(bindings(unit)).containsExactly(
      "[twilioSid][] 'AC1'@1:16-1:21 keys[gradle:twilioSid, file:///p/app/build.gradle.kts#twilioSid]",
      "[awsKey][extra] 'k'@2:18-2:21 keys[gradle:awsKey]",
      "[A][BuildConfig] 'a'@5:36-5:43 keys[/p/app#BuildConfig.A, BuildConfig.A]",
      "[B][BuildConfig] ref[gradle:B_PROP] keys[/p/app#BuildConfig.B, BuildConfig.B]",
      "[k][manifestPlaceholders] 'p'@7:41-7:44 keys[/p/app#manifestPlaceholders.k, manifestPlaceholders.k]",
      "[q][manifestPlaceholders] ref[gradle:Q] keys[/p/app#manifestPlaceholders.q, manifestPlaceholders.q]",
      "[r][manifestPlaceholders] 's'@8:45-8:48 keys[/p/app#manifestPlaceholders.r, manifestPlaceholders.r]");
  }

  @Test
  void gradle_survives_broken_scripts() throws Exception {
    for (String broken : List.of("buildConfigField \"String\", \"A\", '\"unterminated", "android { defaultConfig {", "}}}} ((( [[[ \"${", "\"\"\"",
      "buildConfigField", "manifestPlaceholders = [", "def x = ", "ext.set(", "\"${" + "{".repeat(2000))) {
      read(new GradleFrontEnd(), "build.gradle", broken);
    }
  }

  @Test
  void properties_separators_escapes_comments_and_continued_lines() throws Exception {
    SourceUnit unit = read(new PropertiesFrontEnd(), "gradle.properties", """
      # comment
      ! another
      a=1
      b : two words
      c three
      d=\\u0041\\tB
      e=first \\
          second
      f=
      key\\=with\\:separators=v
      """);
    assertThat(bindings(unit)).containsExactly(
      "[a][gradle] '1'@3:2-3:3 keys[gradle:a]",
      "[b][gradle] 'two words'@4:4-4:13 keys[gradle:b]",
      "[c][gradle] 'three'@5:2-5:7 keys[gradle:c]",
      "[d][gradle] 'A\tB'@6:2-6:11 keys[gradle:d]",
      "[e][gradle] 'first second'@7:2-8:10 keys[gradle:e]",
      "[key=with:separators][gradle] 'v'@10:22-10:23 keys[gradle:key=with:separators]");
    assertThat(bindings(read(new PropertiesFrontEnd(), "config/application.properties", "x=y\n"))).containsExactly("[x][application] 'y'@1:2-1:3");
  }

  @Test
  void json_paths_arrays_escapes_and_comments() throws Exception {
    SourceUnit unit = read(new JsonFrontEnd(), "config.json", """
      // a comment some asset files carry
      {"twilio": {"sid": "a\\u0041", "tokens": ["t1", {"inner": "t2"}]}, "n": 1, "b": true, "z": null}
      """);
    assertThat(bindings(unit)).containsExactly(
      "[sid][twilio] 'aA'@2:19-2:28",
      "[tokens][twilio] 't1'@2:41-2:45",
      "[inner][twilio, tokens] 't2'@2:57-2:61");
  }

  @Test
  void malformed_truncated_or_too_deep_json_is_unreadable() {
    for (String bad : List.of("{\"a\": }", "{\"a\": \"b\"", "[1, 2", "{\"a\" \"b\"}", "\u0000\u0001", "{} trailing", "{\"a\": \"line\nbreak\"}",
      "[".repeat(10_000) + "]".repeat(10_000), "\"\\u12\"")) {
      assertThatThrownBy(() -> read(new JsonFrontEnd(), "a.json", bad)).as(bad.length() > 40 ? "deep" : bad).isInstanceOf(FileFrontEnd.UnreadableFile.class);
    }
  }
}
