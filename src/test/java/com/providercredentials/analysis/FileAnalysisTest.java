package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.sonar.api.rule.RuleKey;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;

/** Resource and build files through the project sensor: issues in the right repository, bad files skipped with one line. */
class FileAnalysisTest {

  private static final String SID = "ACa570369a70f7ee31796523b1cde845ae";
  private static final String TOKEN = "466c264cda417d3dc5420fe5fc755023";

  @RegisterExtension
  LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.DEBUG);

  @TempDir
  Path base;
  private SensorContextTester context;
  private ProjectCandidates candidates;

  @BeforeEach
  void setUp() throws IOException {
    context = SensorContextTester.create(base);
    Files.writeString(base.resolve("build.gradle"), "");
    ActiveRulesBuilder rules = new ActiveRulesBuilder();
    for (String repository : List.of("credentials-java", "credentials-kotlin", "credentials-xml", "credentials-files")) {
      for (String rule : Providers.specs().stream().map(ProviderSpec::rule).toList()) {
        rules.addRule(new NewActiveRule.Builder().setRuleKey(RuleKey.of(repository, rule)).build());
      }
    }
    context.setActiveRules(rules.build());
    candidates = new ProjectCandidates();
  }

  @Test
  void issues_go_to_the_repository_of_the_file_language() throws IOException {
    add("res/values/strings.xml", "xml", "<resources>\n  <string name=\"twilio_auth_token\">" + TOKEN + "</string>\n</resources>\n");
    add("gradle.properties", null, "TWILIO_AUTH_TOKEN=" + TOKEN + "\n");
    add("assets/config.json", "json", "{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}\n");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey() + " " + i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactlyInAnyOrder(
        "credentials-xml:TwilioCredentials res/values/strings.xml:2",
        "credentials-files:TwilioCredentials gradle.properties:1",
        "credentials-files:TwilioCredentials assets/config.json:1");
  }

  @Test
  void malformed_binary_and_huge_files_are_skipped_with_one_line_each_and_the_rest_is_analysed() throws IOException {
    add("res/values/broken.xml", "xml", "<resources><string name=\"a\">" + TOKEN + "</resources>");
    add("assets/binary.json", "json", "\u0000\u0001\u0002" + TOKEN);
    add("assets/truncated.json", "json", "{\"twilio\": {\"authToken\": \"" + TOKEN);
    StringBuilder huge = new StringBuilder("<resources>\n");
    while (huge.length() < FileAnalysis.MAX_FILE_SIZE + 10) {
      huge.append("  <string name=\"s").append(huge.length()).append("\">").append("x".repeat(200)).append("</string>\n");
    }
    add("res/values/huge.xml", "xml", huge.append("</resources>\n").toString());
    add("res/values/good.xml", "xml", "<resources>\n  <string name=\"twilio_sid\">" + SID + "</string>\n  <string name=\"token\">" + TOKEN + "</string>\n</resources>\n");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(Issue::primaryLocation).extracting(l -> l.inputComponent().toString())
      .containsExactly("res/values/good.xml");
    assertThat(logs.logs(Level.WARN)).containsExactlyInAnyOrder(
      "Provider Credentials skipped res/values/broken.xml: not well-formed XML",
      "Provider Credentials skipped assets/binary.json: binary content in a JSON file",
      "Provider Credentials skipped assets/truncated.json: not JSON: unterminated string",
      "Provider Credentials skipped res/values/huge.xml: larger than the 8 MB read in a XML file");
    assertThat(String.join("\n", logs.logs())).doesNotContain(TOKEN).doesNotContain(SID);
  }

  @Test
  void files_read_ahead_of_the_language_sensors_give_the_same_issues_and_bad_files_one_line_each() throws IOException {
    add("res/values/strings.xml", "xml", "<resources>\n  <string name=\"twilio_auth_token\">" + TOKEN + "</string>\n</resources>\n");
    add("gradle.properties", null, "TWILIO_AUTH_TOKEN=" + TOKEN + "\n");
    add("assets/config.json", "json", "{\"twilio\": {\"authToken\": \"" + TOKEN + "\"}}\n");
    add("res/values/broken.xml", "xml", "<resources><string name=\"a\">" + TOKEN + "</resources>");
    add("assets/binary.json", "json", "\u0000\u0001\u0002" + TOKEN);
    // a script sonar-kotlin may give to our Kotlin front-end: left to the project sensor
    add("app/build.gradle.kts", "kotlin", "android {\n  defaultConfig {\n    buildConfigField(\"String\", \"TWILIO_AUTH_TOKEN\", \"\\\"" + TOKEN + "\\\"\")\n  }\n}\n");

    candidates.ahead().startResources(context.fileSystem());
    // the language sensors take longer than this: by the project sensor, the files are read
    long until = System.nanoTime() + 30_000_000_000L;
    while (!candidates.ahead().summary().matches(".*5 resource files in \\d+ms") && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.ruleKey() + " " + i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactlyInAnyOrder(
        "credentials-xml:TwilioCredentials res/values/strings.xml:2",
        "credentials-files:TwilioCredentials gradle.properties:1",
        "credentials-files:TwilioCredentials assets/config.json:1",
        "credentials-kotlin:TwilioCredentials app/build.gradle.kts:3");
    assertThat(logs.logs(Level.WARN)).containsExactlyInAnyOrder(
      "Provider Credentials skipped res/values/broken.xml: not well-formed XML",
      "Provider Credentials skipped assets/binary.json: binary content in a JSON file");
    assertThat(logs.logs(Level.INFO)).filteredOn(line -> line.startsWith("Provider Credentials: time")).singleElement().asString()
      .matches("Provider Credentials: time .* in 6 files; read ahead on a background thread: the text of 0 code files in 0ms \\(0 read in place\\), "
        + "5 resource files in \\d+ms");
  }

  @Test
  void files_still_being_read_ahead_when_the_project_sensor_starts_are_all_read_once() throws IOException {
    java.util.Random random = new java.util.Random(3);
    int count = 300;
    for (int i = 0; i < count; i++) {
      StringBuilder token = new StringBuilder();
      while (token.length() < 32) {
        token.append(Integer.toHexString(random.nextInt(16)));
      }
      add(String.format("res/values-%03d/strings.xml", i), "xml",
        "<resources>\n  <string name=\"twilio_auth_token\">" + token + "</string>\n</resources>\n");
    }

    // the same files read by the project sensor alone
    SensorContextTester alone = SensorContextTester.create(base);
    alone.setActiveRules(context.activeRules());
    context.fileSystem().inputFiles(context.fileSystem().predicates().all()).forEach(alone.fileSystem()::add);
    new CredentialsSensor(new ProjectCandidates()).execute(alone);

    // the language sensors were quick: the project sensor starts while the thread reads
    candidates.ahead().startResources(context.fileSystem());
    new CredentialsSensor(candidates).execute(context);

    assertThat(alone.allIssues()).hasSizeGreaterThan(count - 10);
    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent().toString())
      .containsExactlyInAnyOrderElementsOf(alone.allIssues().stream().map(i -> i.primaryLocation().inputComponent().toString()).toList());
    assertThat(logs.logs(Level.WARN)).isEmpty();
  }

  @Test
  void many_files_are_read_in_parallel_and_kept_in_the_file_system_order() throws IOException {
    int count = FileAnalysis.PARALLEL_FROM * 3;
    for (int i = 0; i < count; i++) {
      add(String.format("res/values-%03d/strings.xml", i), "xml", "<resources>\n  <string name=\"s" + i + "\">value" + i + "</string>\n</resources>\n");
    }
    add("res/values-bad/strings.xml", "xml", "<resources><string name=\"x\">");

    int read = new FileAnalysis(candidates).run(context.fileSystem());

    List<String> expected = new java.util.ArrayList<>();
    context.fileSystem().inputFiles(context.fileSystem().predicates().all())
      .forEach(f -> { if (!f.toString().contains("values-bad")) { expected.add(ProjectCandidates.fileId(f)); } });
    assertThat(read).isEqualTo(count);
    assertThat(candidates.units()).extracting(u -> u.file()).containsExactlyElementsOf(expected);
    assertThat(candidates.units()).allSatisfy(u -> assertThat(u.bindings()).hasSize(1));
    assertThat(logs.logs(Level.WARN)).containsExactly("Provider Credentials skipped res/values-bad/strings.xml: not well-formed XML");
  }

  @Test
  void logs_our_own_time_per_front_end_and_in_the_core_once() throws IOException {
    AtomicLong clock = new AtomicLong();
    candidates.fileTimeout(0, () -> clock.addAndGet(1_000_000L)); // every read of the clock: one more millisecond
    context.settings().setProperty(FileTimeout.KEY, "0");
    add("res/values/strings.xml", "xml", "<resources>\n  <string name=\"twilio_auth_token\">" + TOKEN + "</string>\n</resources>\n");
    add("gradle.properties", null, "org.gradle.jvmargs=-Xmx2g\n");

    new CredentialsSensor(candidates).execute(context);

    // reading the specs is timed on the real clock, once per JVM; files: each file, then the look into build/ (docs/adr/028)
    assertThat(logs.logs(Level.INFO)).filteredOn(line -> line.startsWith("Provider Credentials: time")).singleElement().asString()
      .matches("Provider Credentials: time setup=\\d+ms java=0ms kotlin=0ms files=3ms detection=1ms report=1ms in 2 files");
    assertThat(context.allIssues()).hasSize(1);
  }

  @Test
  void a_file_over_the_time_bound_is_abandoned_with_one_warning_and_the_others_are_analysed() throws IOException {
    AtomicLong clock = new AtomicLong();
    candidates.fileTimeout(50, () -> clock.addAndGet(1_000_000L));
    context.settings().setProperty(FileTimeout.KEY, "50");
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      big.append("key").append(i).append("=value").append(i).append('\n');
    }
    add("config/big.properties", null, big.append("twilio.auth-token=").append(TOKEN).append('\n').toString());
    add("res/values/good.xml", "xml", "<resources>\n  <string name=\"twilio_sid\">" + SID + "</string>\n  <string name=\"token\">" + TOKEN + "</string>\n</resources>\n");

    new CredentialsSensor(candidates).execute(context);

    assertThat(context.allIssues()).extracting(i -> i.primaryLocation().inputComponent() + ":" + i.primaryLocation().textRange().start().line())
      .containsExactly("res/values/good.xml:3");
    assertThat(logs.logs(Level.WARN)).containsExactly(
      "Provider Credentials abandoned config/big.properties: its analysis took longer than 50 ms (sonar.credentials.fileTimeout); its candidates are dropped");
    assertThat(String.join("\n", logs.logs())).doesNotContain(TOKEN).doesNotContain(SID);
  }

  @Test
  void the_default_bound_is_ten_seconds_and_configurable() {
    assertThat(candidates.fileTimeoutMillis()).isEqualTo(10_000L);
    context.settings().setProperty(FileTimeout.KEY, "250");
    candidates.configure(context.config());
    assertThat(candidates.fileTimeoutMillis()).isEqualTo(250L);
    context.settings().setProperty(FileTimeout.KEY, "soon");
    candidates.configure(context.config());
    assertThat(candidates.fileTimeoutMillis()).isEqualTo(10_000L);
  }

  @Test
  void test_files_are_not_read() throws IOException {
    InputFile test = TestInputFileBuilder.create("module", "src/test/resources/gradle.properties").setModuleBaseDir(base)
      .setType(InputFile.Type.TEST).setContents("TWILIO_AUTH_TOKEN=" + TOKEN + "\n").build();
    write(test, "TWILIO_AUTH_TOKEN=" + TOKEN + "\n");
    context.fileSystem().add(test);
    new CredentialsSensor(candidates).execute(context);
    assertThat(context.allIssues()).isEmpty();
  }

  private void add(String path, String language, String content) throws IOException {
    InputFile file = TestInputFileBuilder.create("module", path).setModuleBaseDir(base).setLanguage(language).setCharset(StandardCharsets.UTF_8)
      .setContents(content).build();
    write(file, content);
    context.fileSystem().add(file);
  }

  private static void write(InputFile file, String content) throws IOException {
    Path path = Path.of(file.uri());
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }
}
