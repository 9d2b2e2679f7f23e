package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.accounts.AccountsMetric;
import com.providercredentials.accounts.SharedAccountsClient.Outcome;
import com.providercredentials.accounts.SharedAccountsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.config.internal.MapSettings;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;

class SharedAccountsCheckTest {

  private static final String SID = "AC5e1d0c9b8a7f6e5d4c3b2a1908f7e6d5";

  @RegisterExtension
  LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.INFO);

  @TempDir
  Path base;
  private SensorContextTester context;
  private final ProjectCandidates candidates = new ProjectCandidates();
  private final List<Collection<String>> asked = new ArrayList<>();
  private InputFile keys;
  private InputFile secrets;

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(base.resolve("app"));
    Files.createDirectories(base.resolve("driver"));
    Files.writeString(base.resolve("app/build.gradle"), "");
    Files.writeString(base.resolve("driver/build.gradle.kts"), "");
    context = SensorContextTester.create(base);
    context.setActiveRules(new ActiveRulesBuilder()
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-java", "SharedAccountSid")).build())
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-kotlin", "SharedAccountSid")).build())
      .build());
    keys = file("app/src/main/java/Keys.java", "java", "class Keys {\n  static final String SID = \"" + SID + "\";\n}\n");
    secrets = file("driver/src/main/kotlin/Secrets.kt", "kotlin", "object Secrets {\n  const val SID = \"" + SID + "\"\n}\n");
  }

  @Test
  void the_same_account_in_two_modules_is_raised_in_each_with_the_other_as_secondary() {
    add(keys, 2, 29);
    add(secrets, 2, 19);

    int raised = run((fingerprints, project) -> Outcome.skip("no server", 0));

    assertThat(raised).isEqualTo(2);
    assertThat(context.allIssues()).extracting(i -> i.ruleKey() + " " + i.primaryLocation().inputComponent() + ":"
        + i.primaryLocation().textRange().start().line() + " " + i.primaryLocation().message())
      .containsExactlyInAnyOrder(
        "credentials-java:SharedAccountSid app/src/main/java/Keys.java:2 This Twilio Account SID (AC…e6d5) is also hard-coded in driver of this project; "
          + "give each app its own subaccount or API key.",
        "credentials-kotlin:SharedAccountSid driver/src/main/kotlin/Secrets.kt:2 This Twilio Account SID (AC…e6d5) is also hard-coded in app of this project; "
          + "give each app its own subaccount or API key.");
    Issue inKeys = context.allIssues().stream().filter(i -> i.primaryLocation().inputComponent().equals(keys)).findFirst().orElseThrow();
    assertThat(inKeys.flows()).hasSize(1);
    assertThat(inKeys.flows().get(0).locations().get(0).inputComponent()).isEqualTo(secrets);
    assertThat(inKeys.flows().get(0).locations().get(0).message()).isEqualTo("The same Twilio Account SID, in driver");
    assertThat(logs.logs(Level.INFO)).containsExactly("Provider Credentials: shared accounts were not looked up in other projects: no server.");
  }

  @Test
  void stores_fingerprints_never_identifiers_and_names_other_projects() {
    add(keys, 2, 29);
    List<String> fingerprint = new ArrayList<>();

    run((fingerprints, project) -> {
      fingerprint.addAll(fingerprints);
      return new Outcome(Map.of(fingerprints.iterator().next(), List.of("Maps")), null, 1);
    });

    String measure = context.<String>measure(context.project().key(), AccountsMetric.KEY).value();
    assertThat(measure).isEqualTo(fingerprint.get(0) + "\ttwilio\taccount-sid\tAccount SID\tAC…e6d5\tapp/src/main/java/Keys.java\n");
    assertThat(fingerprint.get(0)).matches("[0-9a-f]{32}");
    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().message()).containsExactly(
      "This Twilio Account SID (AC…e6d5) is also hard-coded in the project Maps; give each app its own subaccount or API key.");
    assertThat(logs.logs(Level.INFO)).hasSize(1).allSatisfy(line -> assertThat(line)
      .startsWith("Provider Credentials: 1 account(s) looked up in other projects (1 request(s), ").endsWith("ms): 1 also hard-coded elsewhere"));
    assertThat(String.join("\n", logs.logs()) + measure).doesNotContain(SID);
  }

  @Test
  void the_cross_project_part_can_be_switched_off() {
    context.setSettings(new MapSettings().setProperty(SharedAccountsSettings.CROSS_PROJECT, "false"));
    add(keys, 2, 29);
    run((fingerprints, project) -> {
      asked.add(fingerprints);
      return new Outcome(Map.of(), null, 1);
    });
    assertThat(asked).isEmpty();
    assertThat(context.measure(context.project().key(), AccountsMetric.KEY)).isNull();
    assertThat(logs.logs(Level.INFO)).containsExactly(
      "Provider Credentials: shared accounts are not looked up in other projects (sonar.credentials.sharedAccounts.crossProject=false).");
  }

  @Test
  void excluded_accounts_are_neither_stored_nor_reported() {
    context.setSettings(new MapSettings().setProperty(SharedAccountsSettings.EXCLUSIONS, "AKIAIOSFODNN7EXAMPLE," + SID));
    add(keys, 2, 29);
    add(secrets, 2, 19);
    assertThat(run((fingerprints, project) -> {
      asked.add(fingerprints);
      return new Outcome(Map.of(), null, 1);
    })).isZero();
    assertThat(asked).isEmpty();
    assertThat(context.allIssues()).isEmpty();
  }

  private int run(com.providercredentials.accounts.SharedAccountsLookup lookup) {
    Detector.Result result = Providers.detector().detect(candidates.units());
    return new SharedAccountsCheck(candidates, c -> lookup).run(context, result, candidates.units());
  }

  private void add(InputFile file, int line, int column) {
    SourceUnit unit = candidates.newUnit(file, SourceUnit.Kind.CODE)
      .add(Binding.named("SID", new Expr.Literal(SID, SourceRange.of(ProjectCandidates.fileId(file), line, column, line, column + 36))));
    candidates.add(file, unit);
  }

  private InputFile file(String path, String language, String content) throws IOException {
    Files.createDirectories(base.resolve(path).getParent());
    Files.writeString(base.resolve(path), content);
    InputFile file = TestInputFileBuilder.create("module", path).setModuleBaseDir(base).setLanguage(language).setContents(content).build();
    context.fileSystem().add(file);
    return file;
  }
}
