package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.DefaultSensorDescriptor;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.rule.RuleKey;

class CredentialsSensorTest {

  private static final String SID = "ACaa1968680b9dcc830819c4656b8810c1";
  private static final String TOKEN = "5f9a90f915f481177929e3b9df501a84";

  @TempDir
  Path base;
  private SensorContextTester context;
  private ProjectCandidates candidates;
  private InputFile config;
  private InputFile client;

  @BeforeEach
  void setUp() {
    context = SensorContextTester.create(base);
    candidates = new ProjectCandidates();
    config = javaFile("src/main/java/Config.java",
      "class Config {\n  static final String A = \"" + SID + "\";\n  static final String B = \"" + TOKEN + "\";\n}\n");
    client = javaFile("src/main/java/Client.java", "class Client {\n  void init() {\n    Twilio.init(Config.A, Config.B);\n  }\n}\n");
  }

  @Test
  void describes_itself() {
    DefaultSensorDescriptor descriptor = new DefaultSensorDescriptor();
    new CredentialsSensor(candidates).describe(descriptor);
    assertThat(descriptor.name()).isEqualTo("Provider Credentials");
  }

  @Test
  void reports_on_the_literal_with_the_use_in_another_file_as_secondary_location() {
    activate("credentials-java", "TwilioCredentials");
    addCandidates();

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).hasSize(1);
    Issue issue = context.allIssues().iterator().next();
    assertThat(issue.ruleKey()).isEqualTo(RuleKey.of("credentials-java", "TwilioCredentials"));
    assertThat(issue.primaryLocation().inputComponent()).isEqualTo(config);
    assertThat(issue.primaryLocation().textRange().start().line()).isEqualTo(3);
    assertThat(issue.primaryLocation().textRange().start().lineOffset()).isEqualTo(26);
    assertThat(issue.primaryLocation().textRange().end().lineOffset()).isEqualTo(60);
    assertThat(issue.primaryLocation().message())
      .isEqualTo("Revoke this Twilio Auth Token (…1a84) and issue short-lived Access Tokens from your backend instead.");
    assertThat(issue.flows()).hasSize(2);
    assertThat(issue.flows().get(0).locations().get(0).inputComponent()).isEqualTo(config);
    assertThat(issue.flows().get(0).locations().get(0).message()).isEqualTo("Twilio Account SID AC…10c1 that goes with it");
    assertThat(issue.flows().get(1).locations().get(0).inputComponent()).isEqualTo(client);
    assertThat(issue.flows().get(1).locations().get(0).message()).isEqualTo("Passed to Twilio.init here");
    // the store is emptied once reported
    assertThat(candidates.units()).isEmpty();
  }

  @Test
  void reports_nothing_for_an_inactive_rule() {
    activate("credentials-java", "AwsCredentials");
    addCandidates();
    new CredentialsSensor(candidates).execute(context);
    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void a_credential_that_an_active_built_in_rule_reports_at_the_same_place_is_left_to_it() {
    String secret = "YgTP0+e2p5cfzN5HxM8FnhYkXi8Y+N9Dk5gmmLEN";
    InputFile keys = javaFile("src/main/java/Keys.java", "class Keys {\n  static final String AWS_SECRET_ACCESS_KEY = \"" + secret + "\";\n}\n");
    Runnable analyse = () -> {
      candidates.add(keys, candidates.newUnit(keys, SourceUnit.Kind.CODE).add(new Binding(List.of("Keys.AWS_SECRET_ACCESS_KEY"),
        List.of("AWS_SECRET_ACCESS_KEY"), List.of("Keys"), new Expr.Literal(secret, SourceRange.of(ProjectCandidates.fileId(keys), 2, 45, 2, 87)))));
      new CredentialsSensor(candidates).execute(context);
    };
    activate(RuleKey.of("credentials-java", "AwsCredentials"));
    analyse.run();
    assertThat(context.allIssues()).extracting(i -> i.ruleKey().toString()).containsExactly("credentials-java:AwsCredentials");

    context = SensorContextTester.create(base);
    context.fileSystem().add(keys);
    activate(RuleKey.of("credentials-java", "AwsCredentials"), RuleKey.of("secrets", "S6290"));
    analyse.run();
    // sonar-text's own issue stands for it: one issue for one value at one place
    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void a_range_that_does_not_fit_the_file_falls_back_to_its_line() {
    assertThat(CredentialsSensor.textRange(config, SourceRange.of("x", 2, 10, 2, 500)))
      .satisfies(r -> assertThat(r.start().line()).isEqualTo(2))
      .satisfies(r -> assertThat(r.start().lineOffset()).isZero());
    assertThat(CredentialsSensor.textRange(config, SourceRange.of("x", 99, 0, 99, 1))).isNull();
  }

  private void addCandidates() {
    String configId = ProjectCandidates.fileId(config);
    SourceUnit configUnit = candidates.newUnit(config, SourceUnit.Kind.CODE)
      .add(new Binding(List.of("Config.A"), List.of("A"), List.of("Config"), new Expr.Literal(SID, SourceRange.of(configId, 2, 26, 2, 62))))
      .add(new Binding(List.of("Config.B"), List.of("B"), List.of("Config"), new Expr.Literal(TOKEN, SourceRange.of(configId, 3, 26, 3, 60))));
    String clientId = ProjectCandidates.fileId(client);
    SourceUnit clientUnit = candidates.newUnit(client, SourceUnit.Kind.CODE)
      .add(new Call(null, "Twilio", "init", List.of(
        Call.Argument.of(new Expr.Ref(List.of("Config.A"), "Config.A", SourceRange.of(clientId, 3, 16, 3, 24))),
        Call.Argument.of(new Expr.Ref(List.of("Config.B"), "Config.B", SourceRange.of(clientId, 3, 26, 3, 34)))),
        SourceRange.of(clientId, 3, 11, 3, 15)));
    candidates.add(config, configUnit);
    candidates.add(client, clientUnit);
  }

  private void activate(String repository, String rule) {
    activate(RuleKey.of(repository, rule));
  }

  private void activate(RuleKey... rules) {
    ActiveRulesBuilder builder = new ActiveRulesBuilder();
    for (RuleKey rule : rules) {
      builder.addRule(new NewActiveRule.Builder().setRuleKey(rule).build());
    }
    context.setActiveRules(builder.build());
  }

  private InputFile javaFile(String path, String content) {
    InputFile file = TestInputFileBuilder.create("module", path).setModuleBaseDir(base).setLanguage("java").setContents(content).build();
    context.fileSystem().add(file);
    return file;
  }
}
