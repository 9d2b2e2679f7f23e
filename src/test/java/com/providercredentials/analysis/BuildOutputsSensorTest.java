package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Call;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.rule.RuleKey;

/**
 * A token moved out of the code into a CI secret that the build injects: the source is clean, the build output in
 * {@code build/} holds the value, and the issue lands on the build-file line that injects it (docs/adr/028).
 */
class BuildOutputsSensorTest {

  private static final String SID = "AC2d3eb21aebd0e4de53726e1fffd31d24";
  private static final String TOKEN = "6c5879065fb4b552875697bcce2a8012";
  private static final String TOKEN_MESSAGE = "Revoke this Twilio Auth Token (…8012) and issue short-lived Access Tokens from your backend instead.";

  private static final String GROOVY_SCRIPT = """
    apply plugin: 'com.android.application'
    android {
      defaultConfig {
        buildConfigField "String", "TWILIO_ACCOUNT_SID", "\\"${System.getenv('TWILIO_ACCOUNT_SID')}\\""
        buildConfigField "String", "TWILIO_AUTH_TOKEN", "\\"${System.getenv('TWILIO_AUTH_TOKEN')}\\""
        buildConfigField "String", "VERSION_LABEL", "\\"${System.getenv('VERSION_LABEL')}\\""
      }
    }
    """;

  private static final String BUILD_CONFIG = """
    /**
     * Automatically generated file. DO NOT MODIFY
     */
    package com.example.voice;

    public final class BuildConfig {
      public static final boolean DEBUG = false;
      public static final String APPLICATION_ID = "com.example.voice";
      public static final String BUILD_TYPE = "release";
      // Field from default config.
      public static final String TWILIO_ACCOUNT_SID = "%s";
      // Field from default config.
      public static final String TWILIO_AUTH_TOKEN = "%s";
      // Field from default config.
      public static final String VERSION_LABEL = "release-2026-12-02-a1b2c3d4e5f6";
    }
    """.formatted(SID, TOKEN);

  @TempDir
  Path base;
  private SensorContextTester context;
  private ProjectCandidates candidates;

  @BeforeEach
  void setUp() {
    context = SensorContextTester.create(base);
    context.setActiveRules(new ActiveRulesBuilder()
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-java", "ClientSideAccountCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-java", "TwilioCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "TwilioCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "ClientSideAccountCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "StripeCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "PayPalCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "AwsCredentials")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("secrets", "S6290")).build())
      .build());
    candidates = new ProjectCandidates();
  }

  @Test
  void a_ci_secret_injected_by_build_config_field_is_reported_on_the_line_that_injects_it() throws IOException {
    InputFile script = file("app/build.gradle", null, GROOVY_SCRIPT);
    disk("app/build/generated/source/buildConfig/release/com/example/voice/BuildConfig.java", BUILD_CONFIG);
    disk("app/build/generated/source/buildConfig/debug/com/example/voice/BuildConfig.java", BUILD_CONFIG.replace("release", "debug"));
    twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey() + " " + i.primaryLocation().textRange().start().line() + ":" + i.primaryLocation().textRange().start().lineOffset()
        + "-" + i.primaryLocation().textRange().end().lineOffset() + " " + i.primaryLocation().message())
      .containsExactly("credentials-files:TwilioCredentials 5:55-92 " + TOKEN_MESSAGE);
    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().message()).noneMatch(m -> m.contains(TOKEN.substring(0, 8)));
  }

  @Test
  void the_code_that_reads_an_injected_secret_is_a_secondary_location_of_its_issue() throws IOException {
    InputFile script = file("app/build.gradle", null, GROOVY_SCRIPT);
    disk("app/build/generated/source/buildConfig/release/com/example/voice/BuildConfig.java", BUILD_CONFIG);
    twilioInit("app/src/main/java/Sms.java");
    // read into a local of another file, then used where no provider's call shows it
    InputFile voice = file("app/src/main/java/Voice.java", "java", "class Voice {\n  String token = BuildConfig.TWILIO_AUTH_TOKEN;\n}\n");
    String id = ProjectCandidates.fileId(voice);
    candidates.add(voice, candidates.newUnit(voice, SourceUnit.Kind.CODE).add(new com.providercredentials.core.Binding(List.of(id + "#token"),
      List.of("token"), List.of("Voice"), new Expr.Ref(SymbolKey.buildConfig(candidates.moduleOf(voice), "TWILIO_AUTH_TOKEN"),
        "BuildConfig.TWILIO_AUTH_TOKEN", SourceRange.of(id, 2, 17, 2, 46)), null)));

    new CredentialsSensor(candidates).execute(context);

    Issue issue = context.allIssues().stream().filter(i -> i.primaryLocation().inputComponent().equals(script)).findFirst().orElseThrow();
    assertThat(issue.flows()).extracting(flow -> flow.locations().get(0))
      .extracting(l -> l.inputComponent() + ":" + l.textRange().start().line() + ":" + l.textRange().start().lineOffset() + " " + l.message())
      .containsExactly(
        "app/build.gradle:4:56 Twilio Account SID AC…1d24 that goes with it",
        "app/src/main/java/Sms.java:2:48 The app reads it here, as BuildConfig.TWILIO_AUTH_TOKEN.",
        "app/src/main/java/Voice.java:2:17 The app reads it here, as BuildConfig.TWILIO_AUTH_TOKEN.");
  }

  @Test
  void without_build_output_the_line_that_injects_a_server_credential_is_reported() throws IOException {
    InputFile script = file("app/build.gradle", null, GROOVY_SCRIPT);
    twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    // the Account SID is an identifier, and VERSION_LABEL nobody's: only the Auth Token's line
    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey() + " " + i.primaryLocation().textRange().start().line() + ":" + i.primaryLocation().textRange().start().lineOffset()
        + "-" + i.primaryLocation().textRange().end().lineOffset() + " " + i.primaryLocation().message() + " " + i.ruleDescriptionContextKey().orElse("-"))
      .containsExactly("credentials-files:ClientSideAccountCredentials 5:55-92 This build writes the environment variable TWILIO_AUTH_TOKEN into the app as "
        + "BuildConfig.TWILIO_AUTH_TOKEN, where anyone can extract this Twilio Auth Token; keep it on your backend. twilio_android_sdks");
  }

  @Test
  void only_names_that_say_a_server_credential_are_reported_without_build_output() throws IOException {
    InputFile script = file("app/build.gradle", null, """
      apply plugin: 'com.android.application'
      android {
        defaultConfig {
          buildConfigField "String", "STRIPE_PUBLISHABLE_KEY", "\\"${System.getenv('STRIPE_PUBLISHABLE_KEY')}\\""
          buildConfigField "String", "STRIPE_KEY", "\\"${System.getenv('STRIPE_KEY')}\\""
          buildConfigField "String", "API_SECRET", "\\"${System.getenv('API_SECRET')}\\""
          buildConfigField "String", "STRIPE_SECRET_KEY", System.getenv("STRIPE_SECRET_KEY")
          manifestPlaceholders = [stripeSecret: providers.environmentVariable("STRIPE_SECRET_KEY").get()]
          resValue "string", "stripe_secret_key", "sk_test_placeholder"
          buildConfigField "String", "PAYPAL_CLIENT_ID", "\\"${System.getenv('PAYPAL_CLIENT_ID')}\\""
          buildConfigField "String", "PAYPAL_CLIENT_SECRET", "\\"${System.getenv('PAYPAL_CLIENT_SECRET')}\\""
        }
      }
      """);

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey().rule() + " " + i.primaryLocation().textRange().start().line() + " " + i.primaryLocation().message())
      .containsExactly(
        "ClientSideAccountCredentials 7 This build writes the environment variable STRIPE_SECRET_KEY into the app as BuildConfig.STRIPE_SECRET_KEY, "
          + "where anyone can extract this Stripe secret key; keep it on your backend.",
        "ClientSideAccountCredentials 8 This build writes the environment variable STRIPE_SECRET_KEY into the app as the manifest placeholder "
          + "${stripeSecret}, where anyone can extract this Stripe secret key; keep it on your backend.",
        "ClientSideAccountCredentials 11 This build writes the environment variable PAYPAL_CLIENT_SECRET into the app as "
          + "BuildConfig.PAYPAL_CLIENT_SECRET, where anyone can extract this PayPal client secret; keep it on your backend.");
  }

  @Test
  void an_aws_secret_read_back_from_build_is_not_left_to_the_built_in_rule() throws IOException {
    InputFile script = file("app/build.gradle", null, """
      apply plugin: 'com.android.application'
      android {
        defaultConfig {
          buildConfigField "String", "AWS_ACCESS_KEY_ID", "\\"${System.getenv('AWS_ACCESS_KEY_ID')}\\""
          buildConfigField "String", "AWS_SECRET_ACCESS_KEY", "\\"${System.getenv('AWS_SECRET_ACCESS_KEY')}\\""
        }
      }
      """);
    disk("app/build/generated/source/buildConfig/release/com/example/voice/BuildConfig.java", """
      package com.example.voice;
      public final class BuildConfig {
        public static final String AWS_ACCESS_KEY_ID = "AKIAQ4NWZK2T7XRH3BFM";
        public static final String AWS_SECRET_ACCESS_KEY = "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8";
      }
      """);

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey() + " " + i.primaryLocation().textRange().start().line())
      .containsExactly("credentials-files:AwsCredentials 5");
  }

  @Test
  void a_ci_secret_injected_as_a_manifest_placeholder_is_read_back_from_the_merged_manifest() throws IOException {
    InputFile script = file("app/build.gradle", null, """
      apply plugin: 'com.android.application'
      android {
        defaultConfig {
          manifestPlaceholders = [twilioSid: System.getenv('TWILIO_ACCOUNT_SID'), twilioToken: System.getenv('TWILIO_AUTH_TOKEN')]
        }
      }
      """);
    file("app/src/main/AndroidManifest.xml", "xml", """
      <manifest xmlns:android="http://schemas.android.com/apk/res/android">
        <application>
          <meta-data android:name="com.example.voice.ACCOUNT_SID" android:value="${twilioSid}"/>
          <meta-data android:name="com.example.voice.AUTH_TOKEN" android:value="${twilioToken}"/>
        </application>
      </manifest>
      """);
    disk("app/build/intermediates/merged_manifest/release/processReleaseMainManifest/AndroidManifest.xml", """
      <?xml version="1.0" encoding="utf-8"?>
      <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.voice">
        <application>
          <meta-data android:name="com.example.voice.ACCOUNT_SID" android:value="%s"/>
          <meta-data android:name="com.example.voice.AUTH_TOKEN" android:value="%s"/>
          <meta-data android:name="com.google.android.gms.version" android:value="@integer/google_play_services_version"/>
        </application>
      </manifest>
      """.formatted(SID, TOKEN));

    new CredentialsSensor(candidates).execute(context);

    // the token's placeholder line, once: not also as a secret the script alone names (ClientSideAccountCredentials)
    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey() + " " + i.primaryLocation().textRange().start().line() + " " + i.primaryLocation().message())
      .containsExactly("credentials-files:TwilioCredentials 4 " + TOKEN_MESSAGE);
  }

  @Test
  void a_value_the_project_sets_itself_is_reported_where_it_is_written_not_again_from_the_output() throws IOException {
    InputFile script = file("app/build.gradle", null, GROOVY_SCRIPT.replace("System.getenv('TWILIO_AUTH_TOKEN')", "project.findProperty('TWILIO_AUTH_TOKEN')"));
    file("gradle.properties", null, "TWILIO_AUTH_TOKEN=" + TOKEN + "\n");
    disk("app/build/generated/source/buildConfig/release/com/example/voice/BuildConfig.java", BUILD_CONFIG);
    twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).noneMatch(i -> i.primaryLocation().inputComponent().equals(script));
  }

  @Test
  void a_ci_secret_injected_by_res_value_is_reported_on_its_line() throws IOException {
    InputFile script = file("app/build.gradle", null, """
      apply plugin: 'com.android.application'
      android {
        defaultConfig {
          resValue "string", "twilio_account_sid", System.getenv('TWILIO_ACCOUNT_SID')
          resValue "string", "twilio_auth_token", System.getenv('TWILIO_AUTH_TOKEN')
        }
      }
      """);
    disk("app/build/generated/res/resValues/release/values/gradleResValues.xml", """
      <?xml version="1.0" encoding="utf-8"?>
      <resources>
          <!-- Automatically generated file. DO NOT MODIFY -->
          <!-- Value from default config. -->
          <string name="twilio_account_sid" translatable="false">%s</string>
          <!-- Value from default config. -->
          <string name="twilio_auth_token" translatable="false">%s</string>
      </resources>
      """.formatted(SID, TOKEN));

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).filteredOn(i -> i.primaryLocation().inputComponent().equals(script))
      .extracting(i -> i.ruleKey() + " " + i.primaryLocation().textRange().start().line() + " " + i.primaryLocation().message())
      .containsExactly("credentials-files:TwilioCredentials 5 " + TOKEN_MESSAGE);
  }

  @Test
  void broken_build_output_never_fails_the_analysis() throws IOException {
    file("app/build.gradle", null, GROOVY_SCRIPT);
    disk("app/build/generated/source/buildConfig/release/com/example/voice/BuildConfig.java", "public static final String TWILIO_AUTH_TOKEN = \"\\");
    disk("app/build/generated/res/resValues/release/values/gradleResValues.xml", "<resources><string name=\"twilio_auth_token\">");
    Files.createDirectories(base.resolve("app/build/generated/source/buildConfig/release/BuildConfig.java.d/BuildConfig.java"));

    new CredentialsSensor(candidates).execute(context);

    // what the script says without the output: nothing was read from it
    assertThat(context.allIssues()).extracting(i -> i.ruleKey().rule() + " " + i.primaryLocation().textRange().start().line())
      .containsExactly("ClientSideAccountCredentials 5");
  }

  /** {@code Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN)} on line 2, as the Java front-end hands it over. */
  private void twilioInit(String path) throws IOException {
    InputFile file = file(path, "java", "class Sms {\n  { Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN); }\n}\n");
    String id = ProjectCandidates.fileId(file);
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE).add(new Call("com.twilio.Twilio", "Twilio", "init", List.of(
      Call.Argument.of(new Expr.Ref(List.of("BuildConfig.TWILIO_ACCOUNT_SID"), "BuildConfig.TWILIO_ACCOUNT_SID", SourceRange.of(id, 2, 16, 2, 46))),
      Call.Argument.of(new Expr.Ref(List.of("BuildConfig.TWILIO_AUTH_TOKEN"), "BuildConfig.TWILIO_AUTH_TOKEN", SourceRange.of(id, 2, 48, 2, 77)))),
      SourceRange.of(id, 2, 11, 2, 15)));
    candidates.add(file, unit);
  }

  private void disk(String path, String content) throws IOException {
    Path file = base.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private InputFile file(String path, String language, String content) throws IOException {
    disk(path, content);
    InputFile file = TestInputFileBuilder.create("project", base.toFile(), base.resolve(path).toFile())
      .setLanguage(language)
      .setType(InputFile.Type.MAIN)
      .setCharset(StandardCharsets.UTF_8)
      .initMetadata(content)
      .build();
    context.fileSystem().add(file);
    return file;
  }
}
