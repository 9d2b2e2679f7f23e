package com.providercredentials.analysis;

import static com.providercredentials.analysis.BinaryAnalysisSensorTest.KEY_ID;
import static com.providercredentials.analysis.BinaryAnalysisSensorTest.SECRET;
import static com.providercredentials.analysis.BinaryAnalysisSensorTest.SID;
import static com.providercredentials.analysis.BinaryAnalysisSensorTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.binaries.TestJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.rule.RuleKey;

/**
 * The resources and assets of what ships (docs/adr/029): an APK's compiled table and manifest, an AAR's text resources,
 * an App Bundle's protocol buffers, text assets; each issue on the build-file line that declares or builds the artifact.
 */
class ShippedResourcesSensorTest {

  @TempDir
  Path base;
  private SensorProject project;

  @BeforeEach
  void setUp() {
    project = new SensorProject(base);
  }

  @Test
  void a_secret_key_in_the_compiled_resources_of_the_apk_is_found_by_its_shape() throws IOException {
    // a resource table and a compiled manifest keep values, not their names: only a shape that says its provider counts
    InputFile script = project.file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n");
    project.context().setActiveRules(new ActiveRulesBuilder()
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "StripeCredentials")).build()).build());
    String secretKey = "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";
    String publishable = "pk_live_51sXBcRygBLwkdp9Qj4IjERQIeiS3Qzbmc7lpoTuz5Y39R4CTZAjlYE3GKVEgCj3N7AbheVCf4qdxVCk9lJgOQ9jxxso3MyEbKH";
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of("com.example.Main", "package com.example;\npublic class Main {}\n"),
      Map.of("resources.arsc", com.providercredentials.binaries.TestJars.resourceFile(true, java.util.List.of("Rides", secretKey, publishable), true),
        "AndroidManifest.xml", com.providercredentials.binaries.TestJars.resourceFile(false, java.util.List.of("meta-data", publishable), false)));

    project.analyse();

    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.ruleKey().rule() + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactly(script + ":4 StripeCredentials It ships in build/outputs/apk/release/app-release.apk (resources.arsc).");
  }

  @Test
  void the_names_of_an_apk_s_compiled_strings_and_meta_data_decide_a_bare_token() throws IOException {
    // resources.arsc keeps each string's entry key, the compiled manifest each meta-data's name: a 32-hex token is
    // decided beside them, as in the project's own strings.xml
    InputFile script = project.file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n");
    project.activate("credentials-files", "TwilioCredentials");
    java.util.LinkedHashMap<String, String> strings = new java.util.LinkedHashMap<>();
    strings.put("app_name", "Rides");
    strings.put("twilio_account_sid", SID);
    strings.put("twilio_auth_token", TOKEN);
    strings.put("build_hash", "9f86d081884c7d659a2feaa0c55ad015");
    java.util.LinkedHashMap<String, String> metaData = new java.util.LinkedHashMap<>();
    metaData.put("com.vendor.voice.TWILIO_ACCOUNT_SID", "AC0f5d6a8e2c4b1a7d9e3f5a6b8c0d2e4f61");
    metaData.put("com.vendor.voice.TWILIO_AUTH_TOKEN", "0c8f4e2a6b1d9c7e5a3f0b8d6e4c2a19");
    metaData.put("com.google.android.geo.API_KEY", "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI");
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of("com.example.Main", "package com.example;\npublic class Main {}\n"),
      Map.of("resources.arsc", com.providercredentials.binaries.TestJars.namedResourceTable(strings),
        "AndroidManifest.xml", com.providercredentials.binaries.TestJars.compiledManifest(metaData)));

    project.analyse();

    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.ruleKey().rule() + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactlyInAnyOrder(
        script + ":4 TwilioCredentials It ships in build/outputs/apk/release/app-release.apk (resources.arsc).",
        script + ":4 TwilioCredentials It ships in build/outputs/apk/release/app-release.apk (AndroidManifest.xml).");
  }

  @Test
  void text_assets_of_an_apk_and_an_aar_are_read_by_the_front_end_of_their_kind() throws IOException {
    InputFile script = project.file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n"
      + "dependencies {\n  implementation files('libs/voice.aar')\n}\n");
    project.activate("credentials-files", "TwilioCredentials");
    String json = "{\"aws\": {\"accessKeyId\": \"%s\", \"secretAccessKey\": \"%s\"}}".formatted(KEY_ID, SECRET);
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of("com.example.Main", "package com.example;\npublic class Main {}\n"),
      Map.of("assets/aws-config.json", json.getBytes(StandardCharsets.UTF_8)));
    Files.createDirectories(base.resolve("app/libs"));
    Files.write(base.resolve("app/libs/voice.aar"), TestJars.jar(Map.of("assets/voice.properties",
      ("twilio.account.sid=" + SID + "\ntwilio.auth.token=" + TOKEN + "\n").getBytes(StandardCharsets.UTF_8))));

    project.analyse();

    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.ruleKey().rule() + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactlyInAnyOrder(
        script + ":4 AwsCredentials It ships in build/outputs/apk/release/app-release.apk (assets/aws-config.json).",
        script + ":8 TwilioCredentials It ships in libs/voice.aar (assets/voice.properties).");
  }

  @Test
  void the_resources_and_manifest_an_aar_holds_as_text_are_read_with_their_names() throws IOException {
    // an AAR keeps res/ and its manifest as text: names are there, so a bare token is found beside its SID
    InputFile script = project.file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\n"
      + "dependencies {\n  implementation files('libs/voice.aar')\n  implementation files('libs/payments.aar')\n}\n");
    project.activate("credentials-files", "TwilioCredentials");
    project.activate("credentials-files", "StripeCredentials");
    Files.createDirectories(base.resolve("app/libs"));
    Files.write(base.resolve("app/libs/voice.aar"), TestJars.jar(Map.of(
      "res/values/values.xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n  <string name=\"voice_twilio_account_sid\">" + SID
        + "</string>\n  <string name=\"voice_twilio_auth_token\">" + TOKEN + "</string>\n</resources>\n").getBytes(StandardCharsets.UTF_8),
      "AndroidManifest.xml", "<manifest package=\"com.vendor.voice\"/>".getBytes(StandardCharsets.UTF_8))));
    // public by design, and a compiled XML file (no text): nothing
    Files.write(base.resolve("app/libs/payments.aar"), TestJars.jar(Map.of(
      "AndroidManifest.xml", ("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.vendor.pay\">\n<application>\n"
        + "<meta-data android:name=\"com.stripe.PUBLISHABLE_KEY\" android:value=\"pk_live_51sXBcRygBLwkdp9Qj4IjERQIeiS3Qzbmc7lpoTuz5Y39R4CTZAjlYE3GKVEgCj3N7AbheVCf4qdxVCk9lJgOQ9jxxso3MyEbKH\"/>\n"
        + "</application>\n</manifest>\n").getBytes(StandardCharsets.UTF_8),
      "res/xml/config.xml", com.providercredentials.binaries.TestJars.resourceFile(false, java.util.List.of("twilio_auth_token", TOKEN), false))));

    project.analyse();

    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.ruleKey().rule() + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactly(script + ":5 TwilioCredentials It ships in libs/voice.aar (res/values/values.xml).");
    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().message()).allSatisfy(m -> assertThat(m).doesNotContain(TOKEN));
  }

  @Test
  void an_app_bundle_s_resources_and_manifest_are_read_with_their_names_and_its_assets_too() throws IOException {
    // a bundle holds its resources as protocol buffers, with their names: a bare token is found beside its SID
    InputFile script = project.file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n");
    project.activate("credentials-files", "TwilioCredentials");
    project.activate("credentials-files", "StripeCredentials");
    String secretKey = "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";
    Path bundle = base.resolve("app/build/outputs/bundle/release/app-release.aab");
    Files.createDirectories(bundle.getParent());
    Files.write(bundle, TestJars.jar(Map.of(
      "base/resources.pb", com.providercredentials.binaries.Proto.resourceTable("app_name", "Rides", "twilio_account_sid", SID, "twilio_auth_token", TOKEN),
      "base/manifest/AndroidManifest.xml", com.providercredentials.binaries.Proto.manifest(
        "com.google.android.geo.API_KEY", "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI", "com.example.payments.SECRET_KEY", secretKey),
      "base/assets/aws.json", "{\"aws\": {\"accessKeyId\": \"%s\", \"secretAccessKey\": \"%s\"}}".formatted(KEY_ID, SECRET).getBytes(StandardCharsets.UTF_8),
      "BundleConfig.pb", new byte[] {10, 0})));

    project.analyse();

    assertThat(project.context().allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.ruleKey().rule() + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactlyInAnyOrder(
        script + ":4 TwilioCredentials It ships in build/outputs/bundle/release/app-release.aab (base/resources.pb).",
        script + ":4 StripeCredentials It ships in build/outputs/bundle/release/app-release.aab (base/manifest/AndroidManifest.xml).",
        script + ":4 AwsCredentials It ships in build/outputs/bundle/release/app-release.aab (base/assets/aws.json).");
  }
}
