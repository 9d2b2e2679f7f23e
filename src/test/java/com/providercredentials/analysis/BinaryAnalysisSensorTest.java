package com.providercredentials.analysis;

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
import org.sonar.api.batch.sensor.internal.SensorContextTester;

/**
 * A third-party SDK that bundles a provider key: the app's own source never shows it, the jar in {@code libs/} does, and
 * the issue lands on the build-script line that declares the jar (docs/adr/029).
 */
class BinaryAnalysisSensorTest {

  static final String KEY_ID = "AKIAQ4NWZK2T7XRH3BFM";
  static final String SID = "AC2d3eb21aebd0e4de53726e1fffd31d24";
  static final String TOKEN = "6c5879065fb4b552875697bcce2a8012";
  static final String SECRET = "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8";
  static final String TELEMETRY = """
    package com.vendor.sdk;
    public final class Telemetry {
      public static final String AWS_ACCESS_KEY_ID = "%s";
      public static final String AWS_SECRET_ACCESS_KEY = "%s";
      public static final String ENDPOINT = "https://telemetry.vendor.example/v2/upload";
    }
    """.formatted(KEY_ID, SECRET);
  static final String SCRIPT = """
    plugins {
      id 'com.android.application'
    }
    dependencies {
      implementation 'androidx.core:core-ktx:1.13.1'
      implementation files('libs/vendor-sdk.jar')
    }
    """;

  @TempDir
  Path base;
  private SensorContextTester context;
  private ProjectCandidates candidates;
  private SensorProject project;

  @BeforeEach
  void setUp() {
    project = new SensorProject(base);
    // AwsCredentials active, with SonarQube's own AWS secret rule as in "Sonar way": it reads no jar, so ours is not left to it
    context = project.context();
    candidates = project.candidates();
  }

  @Test
  void a_key_in_a_bundled_jar_is_reported_on_the_line_that_declares_the_jar() throws IOException {
    InputFile script = file("app/build.gradle", SCRIPT);
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey() + " " + i.primaryLocation().inputComponent() + ":"
        + i.primaryLocation().textRange().start().line() + ":" + i.primaryLocation().textRange().start().lineOffset() + "-"
        + i.primaryLocation().textRange().end().lineOffset() + " " + i.primaryLocation().message())
      .containsExactly("credentials-files:AwsCredentials " + script + ":6:2-45 Revoke this AWS secret access key (…KtM8); give the app temporary "
        + "credentials from Cognito or STS instead. It ships in libs/vendor-sdk.jar, class com.vendor.sdk.Telemetry.");
  }

  @Test
  void a_minified_class_is_decided_by_the_shapes_and_the_strings_beside_them() throws IOException {
    // R8 renamed the fields and inlined the constants into the call: the key id beside the secret says whose it is
    InputFile script = file("app/build.gradle", SCRIPT);
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("a.b.c", """
      package a.b;
      public final class c {
        static Object a(String x, String y) { return x + y; }
        static Object b() { return a("%s", "%s"); }
      }
      """.formatted(KEY_ID, SECRET)));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line() + " "
        + i.primaryLocation().message())
      .containsExactly(script + ":6 Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead. "
        + "It ships in libs/vendor-sdk.jar, class a.b.c.");
  }

  @Test
  void a_key_in_the_classes_of_an_aar_is_found_too() throws IOException {
    InputFile script = file("app/build.gradle", SCRIPT.replace("files('libs/vendor-sdk.jar')", "(name: 'vendor-sdk', ext: 'aar')"));
    Files.createDirectories(base.resolve("app/libs"));
    byte[] classes = TestJars.jar(TestJars.compile(Map.of("com.vendor.sdk.Telemetry", TELEMETRY)));
    Files.write(base.resolve("app/libs/vendor-sdk.aar"), TestJars.jar(Map.of("AndroidManifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8),
      "classes.jar", classes)));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line() + " "
        + i.primaryLocation().message())
      .containsExactly(script + ":6 Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead. "
        + "It ships in libs/vendor-sdk.aar, class com.vendor.sdk.Telemetry.");
  }

  @Test
  void a_built_apk_gives_the_ci_injected_token_at_its_line_and_an_sdk_key_at_the_android_block() throws IOException {
    // the source is clean: the token is a CI secret, the key is in a library's class; the APK has both
    InputFile script = file("app/build.gradle", """
      plugins {
        id 'com.android.application'
      }
      android {
        defaultConfig {
          buildConfigField "String", "TWILIO_ACCOUNT_SID", "\\"${System.getenv('TWILIO_ACCOUNT_SID')}\\""
          buildConfigField "String", "TWILIO_AUTH_TOKEN", "\\"${System.getenv('TWILIO_AUTH_TOKEN')}\\""
        }
      }
      """);
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of(
      "com.example.voice.BuildConfig", """
        package com.example.voice;
        public final class BuildConfig {
          public static final String TWILIO_ACCOUNT_SID = "%s";
          public static final String TWILIO_AUTH_TOKEN = "%s";
        }
        """.formatted(SID, TOKEN),
      "com.vendor.sdk.Telemetry", TELEMETRY), Map.of("AndroidManifest.xml", new byte[] {3, 0, 8, 0}));
    activate("credentials-files", "TwilioCredentials");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey().rule() + " " + i.primaryLocation().inputComponent() + ":"
        + i.primaryLocation().textRange().start().line() + " " + i.primaryLocation().message())
      .containsExactlyInAnyOrder(
        "TwilioCredentials " + script + ":7 Revoke this Twilio Auth Token (…8012) and issue short-lived Access Tokens from your backend instead.",
        "AwsCredentials " + script + ":4 Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead. "
          + "It ships in build/outputs/apk/release/app-release.apk, class com.vendor.sdk.Telemetry.");
  }

  @Test
  void an_app_that_bundles_a_library_reports_its_key_once_on_the_library_s_declaration() throws IOException {
    InputFile script = file("app/build.gradle", SCRIPT);
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY));
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY), Map.of());

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactly(script + ":6");
  }

  @Test
  void a_minified_release_apk_still_gives_a_key_id_and_its_secret_held_in_one_class() throws IOException {
    // R8 renames the SDK's class and fields and inlines its constants into the code that uses them: the key id and the
    // secret are loaded one after the other by one method, in a string pool sorted otherwise
    InputFile script = file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n");
    TestJars.minifiedApp(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of(
      "com.vendor.sdk.Uploader", """
        package com.vendor.sdk;
        public final class Uploader {
          private static final String ACCESS_KEY_ID = "%s";
          private static final String SECRET_ACCESS_KEY = "%s";
          public static String[] credentials() { return new String[] {ACCESS_KEY_ID, SECRET_ACCESS_KEY}; }
        }
        """.formatted(KEY_ID, SECRET),
      "com.example.Main", "package com.example;\npublic class Main { public static void main(String[] a) { for (String c : com.vendor.sdk.Uploader.credentials()) { System.out.println(c.hashCode()); } } }\n"),
      "-keep class com.example.Main { public static void main(java.lang.String[]); }");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.primaryLocation().message().substring(0, 45))
      .containsExactly(script + ":4 Revoke this AWS secret access key (…KtM8); gi");
  }

  @Test
  void keys_hidden_in_a_native_library_of_the_apk_are_found() throws IOException {
    // NDK code keeps keys out of the Java source; its C strings ship in the .so side by side, once per ABI, reported once
    // (the bytes stand in for an
    // ELF file: the reader takes runs of printable characters, as `strings` does, and parses no ELF structure)
    InputFile script = file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\nandroid {\n  namespace 'com.example'\n}\n");
    String rodata = "\u007fELF\u0002\u0001\u0001\u0000GCC: (GNU) 13.2\u0000Java_com_example_Keys_uploadKeyId\u0000"
      + KEY_ID + "\u0000" + SECRET + "\u0000https://telemetry.vendor.example/v2\u0000";
    TestJars.app(base.resolve("app/build/outputs/apk/release/app-release.apk"), Map.of("com.example.Main", "package com.example;\npublic class Main {}\n"),
      Map.of("lib/arm64-v8a/libkeys.so", rodata.getBytes(StandardCharsets.ISO_8859_1), "lib/x86_64/libkeys.so", rodata.getBytes(StandardCharsets.ISO_8859_1)));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.primaryLocation().message())
      .containsExactly(script + ":4 Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead. "
        + "It ships in build/outputs/apk/release/app-release.apk (lib/arm64-v8a/libkeys.so).");
  }

  @Test
  void a_key_in_a_library_of_the_classpath_lands_on_its_declaration_in_the_version_catalog() throws IOException {
    // the SDK comes from a Maven repository: sonar.java.libraries names its jar in the Gradle cache
    file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\ndependencies {\n  implementation libs.vendor.analytics\n}\n");
    InputFile catalog = file("gradle/libs.versions.toml", "[versions]\nanalytics = \"2.1.0\"\n\n[libraries]\n"
      + "vendor-analytics = { module = \"com.vendor:analytics-sdk\", version.ref = \"analytics\" }\n");
    Path cache = base.resolve("cache/com.vendor/analytics-sdk/2.1.0/5f1e/analytics-sdk-2.1.0.jar");
    TestJars.write(cache, Map.of("com.vendor.sdk.Telemetry", TELEMETRY));
    TestJars.write(base.resolve("cache/com.other/plain/1.0/ab12/plain-1.0.jar"), Map.of("com.other.Plain", "package com.other;\npublic class Plain {}\n"));
    context.settings().setProperty("sonar.java.libraries", "cache/**/*.jar");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line()
        + " " + i.primaryLocation().message().substring(i.primaryLocation().message().indexOf("It ships")))
      .containsExactly(catalog + ":5 It ships in analytics-sdk-2.1.0.jar, class com.vendor.sdk.Telemetry.");
  }

  @Test
  void a_library_no_build_file_names_lands_on_the_dependencies_block() throws IOException {
    InputFile script = file("app/build.gradle", "plugins {\n  id 'com.android.application'\n}\n\ndependencies {\n  implementation 'com.vendor:umbrella:1.0'\n}\n");
    TestJars.write(base.resolve("cache/analytics-core-3.0.1.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY));
    context.settings().setProperty("sonar.java.libraries", base.resolve("cache").toString());

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactly(script + ":5");
  }

  @Test
  void a_jar_in_a_file_tree_is_placed_on_the_file_tree() throws IOException {
    InputFile script = file("app/build.gradle", SCRIPT.replace("implementation files('libs/vendor-sdk.jar')", "implementation fileTree(dir: 'libs', include: ['*.jar'])"));
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactly(script + ":6");
  }

  @Test
  void a_jar_without_a_credential_and_a_broken_one_report_nothing() throws IOException {
    file("app/build.gradle", SCRIPT);
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY.replace(SECRET, "not-a-secret")));
    Files.write(base.resolve("app/libs/truncated.jar"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Files.writeString(base.resolve("app/libs/text.aar"), "not a zip");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void bundled_artifacts_are_not_read_when_switched_off() throws IOException {
    file("app/build.gradle", SCRIPT);
    TestJars.write(base.resolve("app/libs/vendor-sdk.jar"), Map.of("com.vendor.sdk.Telemetry", TELEMETRY));
    context.settings().setProperty(BinaryAnalysis.ENABLED_KEY, "false");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).isEmpty();
  }

  private void activate(String repository, String rule) {
    project.activate(repository, rule);
  }

  private InputFile file(String path, String content) throws IOException {
    return project.file(path, content);
  }
}
