package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Call;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.utils.Version;

/**
 * Rule ClientSideAccountCredentials through the sensor: which modules are Android ones comes from their manifest or
 * build script, read by the files front-ends; each issue opens the guidance context that fits it.
 */
class ClientSideSensorTest {

  private static final String SID = "AC2d3eb21aebd0e4de53726e1fffd31d24";
  private static final String TOKEN = "6c5879065fb4b552875697bcce2a8012";
  private static final String CLIENT_SIDE_MESSAGE =
    "This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.";

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
      .build());
    candidates = new ProjectCandidates();
  }

  @Test
  void a_module_with_a_manifest_is_android_code_even_without_android_imports() throws IOException {
    file("app/build.gradle", null, "plugins {\n  id 'java-library'\n}\n");
    file("app/src/main/AndroidManifest.xml", "xml", "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"com.example\"/>\n");
    InputFile sms = twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).hasSize(1);
    Issue issue = context.allIssues().iterator().next();
    assertThat(issue.ruleKey()).isEqualTo(RuleKey.of("credentials-java", "ClientSideAccountCredentials"));
    assertThat(issue.primaryLocation().inputComponent()).isEqualTo(sms);
    assertThat(issue.primaryLocation().textRange().start().line()).isEqualTo(2);
    assertThat(issue.primaryLocation().textRange().start().lineOffset()).isEqualTo(11);
    assertThat(issue.primaryLocation().textRange().end().lineOffset()).isEqualTo(15);
    assertThat(issue.primaryLocation().message()).isEqualTo(CLIENT_SIDE_MESSAGE);
    assertThat(issue.flows()).hasSize(1);
    assertThat(issue.flows().get(0).locations().get(0).message()).isEqualTo("Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK");
    assertThat(issue.ruleDescriptionContextKey()).contains("twilio_android_sdks");
  }

  @Test
  void a_module_applying_the_android_plugin_is_android_code() throws IOException {
    file("app/build.gradle", null, "plugins {\n  id 'com.android.library'\n}\n");
    twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey().rule()).containsExactly("ClientSideAccountCredentials");
  }

  @Test
  void server_modules_stay_silent_and_their_literals_open_the_backend_guidance() throws IOException {
    file("server/build.gradle", null, "plugins {\n  id 'org.springframework.boot' version '3.3.5'\n  id 'java'\n}\n");
    twilioInit("server/src/main/java/Sms.java");
    InputFile literal = twilioInitWithLiterals("server/src/main/java/Literal.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).hasSize(1);
    Issue issue = context.allIssues().iterator().next();
    assertThat(issue.ruleKey().rule()).isEqualTo("TwilioCredentials");
    assertThat(issue.primaryLocation().inputComponent()).isEqualTo(literal);
    assertThat(issue.ruleDescriptionContextKey()).contains("twilio_rest_from_a_backend");
  }

  @Test
  void in_android_code_a_literal_raises_both_rules_with_different_messages_and_the_same_guidance() throws IOException {
    file("app/build.gradle", null, "apply plugin: 'com.android.application'\n");
    twilioInitWithLiterals("app/src/main/java/Literal.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey().rule() + " " + i.primaryLocation().textRange().start().lineOffset() + " "
        + i.primaryLocation().message() + " " + i.ruleDescriptionContextKey().orElse("-"))
      .containsExactlyInAnyOrder(
        "TwilioCredentials 54 Revoke this Twilio Auth Token (…8012) and issue short-lived Access Tokens from your backend instead. twilio_android_sdks",
        "ClientSideAccountCredentials 11 " + CLIENT_SIDE_MESSAGE + " twilio_android_sdks");
  }

  @Test
  void older_scanners_get_no_context() throws IOException {
    context.setRuntime(SonarRuntimeImpl.forSonarQube(Version.create(9, 7), SonarQubeSide.SCANNER, SonarEdition.COMMUNITY));
    file("app/build.gradle", null, "apply plugin: 'com.android.application'\n");
    twilioInit("app/src/main/java/Sms.java");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).hasSize(1);
    assertThat(context.allIssues().iterator().next().ruleDescriptionContextKey()).isEmpty();
  }

  /** {@code Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN)} on line 2, as the Java front-end hands it over. */
  private InputFile twilioInit(String path) throws IOException {
    InputFile file = file(path, "java", "class Sms {\n  { Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN); }\n}\n");
    String id = ProjectCandidates.fileId(file);
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE).add(new Call("com.twilio.Twilio", "Twilio", "init", List.of(
      Call.Argument.of(new Expr.Ref(List.of("BuildConfig.TWILIO_ACCOUNT_SID"), "BuildConfig.TWILIO_ACCOUNT_SID", SourceRange.of(id, 2, 16, 2, 46))),
      Call.Argument.of(new Expr.Ref(List.of("BuildConfig.TWILIO_AUTH_TOKEN"), "BuildConfig.TWILIO_AUTH_TOKEN", SourceRange.of(id, 2, 48, 2, 77)))),
      SourceRange.of(id, 2, 11, 2, 15)));
    candidates.add(file, unit);
    return file;
  }

  private InputFile twilioInitWithLiterals(String path) throws IOException {
    InputFile file = file(path, "java", "class Literal {\n  { Twilio.init(\"" + SID + "\", \"" + TOKEN + "\"); }\n}\n");
    String id = ProjectCandidates.fileId(file);
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE).add(new Call("com.twilio.Twilio", "Twilio", "init", List.of(
      Call.Argument.of(new Expr.Literal(SID, SourceRange.of(id, 2, 16, 2, 52))),
      Call.Argument.of(new Expr.Literal(TOKEN, SourceRange.of(id, 2, 54, 2, 88)))),
      SourceRange.of(id, 2, 11, 2, 15)));
    candidates.add(file, unit);
    return file;
  }

  private InputFile file(String path, String language, String content) throws IOException {
    Path onDisk = base.resolve(path);
    Files.createDirectories(onDisk.getParent());
    Files.writeString(onDisk, content, StandardCharsets.UTF_8);
    InputFile file = TestInputFileBuilder.create("module", path).setModuleBaseDir(base).setLanguage(language).setContents(content)
      .setCharset(StandardCharsets.UTF_8).build();
    context.fileSystem().add(file);
    return file;
  }
}
