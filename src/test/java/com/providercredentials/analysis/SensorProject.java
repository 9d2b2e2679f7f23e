package com.providercredentials.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.rule.RuleKey;

/** A project for the project sensor's tests: its folder, its sensor context, its files and active rules. */
final class SensorProject {

  private final Path base;
  private final SensorContextTester context;
  private final ProjectCandidates candidates = new ProjectCandidates();

  SensorProject(Path base) {
    this.base = base;
    this.context = SensorContextTester.create(base);
    context.setActiveRules(new ActiveRulesBuilder()
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("credentials-files", "AwsCredentials")).build())
      // SonarQube's own AWS secret rule, active as in "Sonar way": it reads no jar, so ours is not left to it
      .addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of("secrets", "S6290")).build())
      .build());
  }

  SensorContextTester context() {
    return context;
  }

  ProjectCandidates candidates() {
    return candidates;
  }

  /** Runs the project sensor once, as the scanner does after the language sensors. */
  void analyse() {
    new CredentialsSensor(candidates).execute(context);
  }

  /** Activates one more rule. */
  void activate(String repository, String rule) {
    ActiveRulesBuilder rules = new ActiveRulesBuilder();
    context.activeRules().findAll().forEach(r -> rules.addRule(new NewActiveRule.Builder().setRuleKey(r.ruleKey()).build()));
    context.setActiveRules(rules.addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of(repository, rule)).build()).build());
  }

  /** A main file of the project, on disk and in its file system. */
  InputFile file(String path, String content) throws IOException {
    Path file = base.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    InputFile input = TestInputFileBuilder.create("project", base.toFile(), file.toFile())
      .setType(InputFile.Type.MAIN).setCharset(StandardCharsets.UTF_8).initMetadata(content).build();
    context.fileSystem().add(input);
    return input;
  }
}
