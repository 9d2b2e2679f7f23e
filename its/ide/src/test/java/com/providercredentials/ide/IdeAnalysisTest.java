package com.providercredentials.ide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonar.api.batch.rule.ActiveRule;
import org.sonar.api.rule.RuleKey;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisConfiguration;
import org.sonarsource.sonarlint.core.analysis.api.AnalysisSchedulerConfiguration;
import org.sonarsource.sonarlint.core.analysis.api.ClientInputFile;
import org.sonarsource.sonarlint.core.analysis.api.Issue;
import org.sonarsource.sonarlint.core.analysis.container.global.GlobalAnalysisContainer;
import org.sonarsource.sonarlint.core.commons.api.SonarLanguage;
import org.sonarsource.sonarlint.core.commons.log.LogOutput;
import org.sonarsource.sonarlint.core.commons.log.SonarLintLogger;
import org.sonarsource.sonarlint.core.commons.progress.ProgressIndicator;
import org.sonarsource.sonarlint.core.plugin.commons.PluginsLoadResult;
import org.sonarsource.sonarlint.core.plugin.commons.PluginsLoader;

/**
 * The plugin in SonarQube for IDE (docs/adr/024): its jar, sonar-java and sonar-kotlin, all as published, loaded by
 * sonarlint-core's own plugin loader and analysis engine, which the IDE extensions embed, and a project analysed with
 * the active rules a connected IDE receives from the server.
 */
class IdeAnalysisTest {

  private static final Path PROJECT = Path.of(System.getProperty("project.dir"));
  private static final String TOKEN = "195d4eaf14cf88e20a77a73a090a26e3";
  private static final String AWS_SECRET = "V67L9bqYjmzi/63fGSfQmDKnRbSy+I97yRfePkDM";

  private static final List<String> LOGS = new ArrayList<>();
  private static PluginsLoadResult plugins;
  private static GlobalAnalysisContainer engine;

  @BeforeAll
  static void startEngine() throws IOException {
    SonarLintLogger.get().setTarget(new LogOutput() {
      @Override
      public void log(String message, Level level, String stackTrace) {
        synchronized (LOGS) {
          LOGS.add(level + " " + message + (stackTrace == null ? "" : "\n" + stackTrace));
        }
      }
    });
    Set<Path> jars = new java.util.HashSet<>();
    jars.add(Path.of(System.getProperty("plugin.jar")));
    try (Stream<Path> analyzers = Files.list(Path.of(System.getProperty("analyzers.dir")))) {
      analyzers.forEach(jars::add);
    }
    plugins = new PluginsLoader().load(new PluginsLoader.Configuration(jars, Set.of(SonarLanguage.JAVA, SonarLanguage.KOTLIN, SonarLanguage.XML),
      false, Optional.empty()), Set.of());
    engine = new GlobalAnalysisContainer(AnalysisSchedulerConfiguration.builder().setClientPid(1).setWorkDir(Files.createTempDirectory("ide-work")).build(),
      plugins.getLoadedPlugins());
    engine.startComponents();
  }

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.stopComponents();
    }
  }

  @Test
  void the_plugin_loads_in_the_ide() {
    assertThat(plugins.getPluginCheckResultByKeys()).containsKeys("credentials", "java", "kotlin");
    assertThat(plugins.getPluginCheckResultByKeys().get("credentials").isSkipped()).isFalse();
    assertThat(plugins.getLoadedPlugins().getAnalysisPluginInstancesByKeys()).containsKeys("credentials", "java", "kotlin");
  }

  @Test
  void java_and_kotlin_rules_report_each_file_on_its_own() throws IOException {
    List<Issue> issues = analyse(List.of(
      rule("credentials-java:TwilioCredentials", "java"),
      rule("credentials-java:StripeCredentials", "java"),
      rule("credentials-java:ClientSideAccountCredentials", "java"),
      rule("credentials-java:SharedAccountSid", "java"),
      rule("credentials-kotlin:AwsCredentials", "kotlin"),
      rule("credentials-kotlin:SharedAccountSid", "kotlin"),
      rule("credentials-xml:TwilioCredentials", "xml")));

    assertThat(issues).extracting(IdeAnalysisTest::describe).containsExactlyInAnyOrder(
      "credentials-java:TwilioCredentials app/src/main/java/com/example/chat/ChatSetup.java 9:42-9:76 "
        + "Revoke this Twilio Auth Token (…26e3) and issue short-lived Access Tokens from your backend instead.",
      "credentials-java:ClientSideAccountCredentials app/src/main/java/com/example/chat/ChatSetup.java 16:11-16:15 "
        + "This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.",
      "credentials-kotlin:AwsCredentials app/src/main/kotlin/com/example/cloud/Uploads.kt 9:68-9:110 "
        + "Revoke this AWS secret access key (…PkDM); give the app temporary credentials from Cognito or STS instead.");
    assertThat(issues).extracting(Issue::getMessage).noneMatch(message -> message.contains(TOKEN) || message.contains(AWS_SECRET));
    synchronized (LOGS) {
      assertThat(LOGS).noneMatch(line -> line.contains(TOKEN) || line.contains(AWS_SECRET));
      assertThat(LOGS).noneMatch(line -> line.startsWith("ERROR"));
    }
  }

  @Test
  void nothing_is_reported_when_none_of_our_rules_is_active() throws IOException {
    assertThat(analyse(List.of(rule("java:S1481", "java")))).extracting(Issue::getRuleKey).allMatch(key -> key.repository().equals("java"));
  }

  private static List<Issue> analyse(List<ActiveRule> rules) throws IOException {
    List<ClientInputFile> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(PROJECT)) {
      all.filter(Files::isRegularFile).forEach(file -> files.add(new ProjectFile(file)));
    }
    AnalysisConfiguration configuration = AnalysisConfiguration.builder()
      .setBaseDir(PROJECT)
      .addInputFiles(files)
      .addActiveRules(rules)
      .build();
    List<Issue> issues = new ArrayList<>();
    engine.getModuleRegistry().getContainerFor("app").analyze(configuration, issues::add, new ProgressIndicator() {
      @Override
      public void notifyProgress(String message, Integer percentage) {
        // not shown
      }

      @Override
      public boolean isCanceled() {
        return false;
      }
    }, null);
    return issues;
  }

  private static String describe(Issue issue) {
    ProjectFile file = issue.getInputFile().getClientObject();
    var range = issue.getTextRange();
    return issue.getRuleKey() + " " + PROJECT.relativize(file.path).toString().replace('\\', '/') + " "
      + range.getStartLine() + ":" + range.getStartLineOffset() + "-" + range.getEndLine() + ":" + range.getEndLineOffset() + " " + issue.getMessage();
  }

  private static ActiveRule rule(String key, String language) {
    return new Rule(RuleKey.parse(key), language);
  }

  private record Rule(RuleKey ruleKey, String language) implements ActiveRule {
    @Override
    public String severity() {
      return "BLOCKER";
    }

    @Override
    public String param(String key) {
      return null;
    }

    @Override
    public Map<String, String> params() {
      return Map.of();
    }

    @Override
    public String internalKey() {
      return null;
    }

    @Override
    public String templateRuleKey() {
      return null;
    }

    @Override
    public String qpKey() {
      return "ide";
    }
  }

  private static final class ProjectFile implements ClientInputFile {
    private final Path path;

    ProjectFile(Path path) {
      this.path = path;
    }

    @Override
    public String getPath() {
      return path.toString();
    }

    @Override
    public boolean isTest() {
      return false;
    }

    @Override
    public Charset getCharset() {
      return StandardCharsets.UTF_8;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <G> G getClientObject() {
      return (G) this;
    }

    @Override
    public InputStream inputStream() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public String contents() throws IOException {
      return Files.readString(path);
    }

    @Override
    public String relativePath() {
      return PROJECT.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public URI uri() {
      return path.toUri();
    }
  }
}
