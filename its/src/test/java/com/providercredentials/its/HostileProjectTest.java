package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Android project full of files that are not what their names say: truncated and malformed Java, Kotlin,
 * XML, JSON and Gradle, binary files with those suffixes, 20 MB and 12 MB resource files, deep nesting, a 1,000-term
 * concatenation, ISO-8859-1 files, empty files. One analysis: it succeeds, the credentials of the healthy files
 * are still found, each bad file is named at most once in our log lines, and no secret shows in the log.
 *
 * <p>The large, binary and non-UTF-8 files are generated here into a copy of {@code its/projects/hostile}, so
 * that the repository stays small.
 */
@ExtendWith(SonarQubeExtension.class)
class HostileProjectTest {

  private static final String KEY = "hostile";
  private static final String TWILIO_TOKEN = "Revoke this Twilio Auth Token (%s) and issue short-lived Access Tokens from your backend instead.";
  private static final String AWS_SECRET = "Revoke this AWS secret access key (%s); give the app temporary credentials from Cognito or STS instead.";
  private static final String JAVA = "app/src/main/java/com/example/hostile/";
  private static final String RES = "app/src/main/res/values/";

  /** Secrets written in the committed files: healthy ones and the ones inside broken files. */
  private static final List<String> WRITTEN = List.of("061e1c7ca1f3012728889113a23a57dd", "a978fa4ee6c384e967f8765391e659e1",
    "e12c514ae306b16db28b408f61f4b419", "nrwzUyPJl7nxfc2ouw5dNshOR7iho2gniNjS0SjB", "32fae2bd833a82cb8acf463744d8b600");

  private static final Random RANDOM = new SecureRandom();

  /** The files generated into the copy, each bad in its own way. */
  private static final List<String> GENERATED_BAD = List.of(
    JAVA + "Binary.java", "app/src/main/kotlin/com/example/hostile/Binary.kt", RES + "binary.xml", "app/src/main/assets/binary.json",
    "app/binary.gradle", "app/src/main/assets/binary.properties", RES + "huge.xml", RES + "big.xml", RES + "deep.xml", "app/src/main/assets/deep.json",
    "app/long.gradle");
  private static final List<String> COMMITTED_BAD = List.of(
    JAVA + "Truncated.java", JAVA + "Empty.java", "app/src/main/kotlin/com/example/hostile/Broken.kt", "app/src/main/kotlin/com/example/hostile/Empty.kt",
    RES + "broken.xml", RES + "empty.xml", "app/src/main/assets/truncated.json", "app/src/main/assets/empty.json", "lib/build.gradle");

  @TempDir
  static Path copy;

  private static SonarQube.Result scan;
  private static List<Issue> issues;
  private static String latin1Token;
  private static String latin1PropertiesToken;
  private static String joinedToken;
  private static String joinedSid;

  @BeforeAll
  static void analyse(SonarQube server) throws IOException {
    Path project = Projects.copy(server, "hostile", copy.resolve("hostile"));
    generate(project);
    scan = server.scan(project, KEY);
    assertThat(scan.exitCode()).as(scan.output()).isZero();
    issues = server.issues(KEY);
  }

  private static void generate(Path project) throws IOException {
    for (String binary : GENERATED_BAD.subList(0, 6)) {
      byte[] bytes = new byte[64 * 1024];
      RANDOM.nextBytes(bytes);
      bytes[100] = 0;
      write(project, binary, bytes);
    }
    // 20 MB of well-formed resources: the scanner itself leaves files over 20 MB out (sonar.filesize.limit)
    resources(project.resolve(RES + "huge.xml"), 20L * 1024 * 1024);
    // 12 MB: indexed by the scanner, over the 8 MB we read in a resource file
    resources(project.resolve(RES + "big.xml"), 12L * 1024 * 1024);
    int depth = 100_000;
    write(project, RES + "deep.xml", ("<resources>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</resources>\n").getBytes(StandardCharsets.UTF_8));
    write(project, "app/src/main/assets/deep.json", ("[".repeat(depth) + "]".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8));
    // a 1 MB single line of statements that never close
    write(project, "app/long.gradle", ("a=(;".repeat(1 << 18) + "\n").getBytes(StandardCharsets.UTF_8));

    // ISO-8859-1 files, read by the scanner as UTF-8 (sonar.sourceEncoding): their accented letters become U+FFFD,
    // the credentials, ASCII, are still found on their lines
    latin1Token = hex(28) + "1a71";
    write(project, JAVA + "Latin1.java", ("package com.example.hostile;\n\n// Clé d'accès, café, déjà vu\npublic final class Latin1 {\n"
      + "  static final String TWILIO_AUTH_TOKEN = \"" + latin1Token + "\"; // é\n}\n").getBytes(StandardCharsets.ISO_8859_1));
    latin1PropertiesToken = hex(28) + "9a71";
    write(project, "app/src/main/assets/latin1.properties", ("# paramètres de l'équipe\nnom=Hélène\ntwilio.auth_token=" + latin1PropertiesToken + "\n")
      .getBytes(StandardCharsets.ISO_8859_1));

    // a 1,000-term concatenation that joins an Account SID and its token in the middle. Not 10,000 as in the unit
    // tests: sonar-java 8.41's own tree visitors overflow the stack on that, which fails the whole analysis
    // whatever plugins are installed (see docs/adr/007)
    joinedSid = "AC" + hex(32);
    joinedToken = hex(28) + "10ed";
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      terms.append(i == 0 ? "" : " + ").append('"').append(i == 500 ? joinedSid + ":" + joinedToken : "").append('"').append(i % 20 == 19 ? "\n" : "");
    }
    write(project, JAVA + "Joined.java", ("package com.example.hostile;\n\npublic final class Joined {\n  static final String CREDENTIALS =\n" + terms + ";\n}\n")
      .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void exactly_the_credentials_of_the_healthy_files() {
    assertThat(issues).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-java:TwilioCredentials " + JAVA + "Healthy.java:8 " + TWILIO_TOKEN.formatted("…57dd"),
      "credentials-java:ClientSideAccountCredentials " + JAVA + "Healthy.java:14 This app signs in to Twilio with account credentials that anyone "
        + "can extract from the APK; fetch a short-lived Access Token from your backend instead.",
      "credentials-files:TwilioCredentials gradle.properties:3 " + TWILIO_TOKEN.formatted("…59e1"),
      "credentials-kotlin:TwilioCredentials app/src/main/kotlin/com/example/hostile/HealthyKt.kt:4 " + TWILIO_TOKEN.formatted("…b419"),
      "credentials-xml:AwsCredentials " + RES + "strings.xml:5 " + AWS_SECRET.formatted("…0SjB"),
      // ISO-8859-1 read as UTF-8: found all the same
      "credentials-java:TwilioCredentials " + JAVA + "Latin1.java:5 " + TWILIO_TOKEN.formatted("…1a71"),
      "credentials-files:TwilioCredentials app/src/main/assets/latin1.properties:3 " + TWILIO_TOKEN.formatted("…9a71"),
      // the 1,000-term concatenation is read without recursion
      "credentials-java:TwilioCredentials " + JAVA + "Joined.java:5 " + TWILIO_TOKEN.formatted("…10ed"));
  }

  @Test
  void each_bad_file_is_named_at_most_once_in_our_log_lines() {
    List<String> ours = scan.output().lines().filter(l -> l.contains("Provider Credentials")).toList();
    for (String file : concat(GENERATED_BAD, COMMITTED_BAD)) {
      assertThat(ours.stream().filter(l -> l.contains(file))).as(file).hasSizeLessThanOrEqualTo(1);
    }
    // the files we read ourselves and cannot use are named, with why
    assertThat(ours).anyMatch(l -> l.contains("Provider Credentials skipped " + RES + "big.xml: larger than the 8 MB"))
      .anyMatch(l -> l.contains("Provider Credentials skipped " + RES + "broken.xml: not well-formed XML"))
      .anyMatch(l -> l.contains("Provider Credentials skipped app/src/main/assets/truncated.json: not JSON"))
      .anyMatch(l -> l.contains("Provider Credentials skipped app/src/main/assets/binary.json: binary content"))
      .anyMatch(l -> l.contains("Provider Credentials skipped app/src/main/assets/deep.json: nested deeper than"));
  }

  @Test
  void no_secret_in_the_scanner_log_or_in_issues() {
    String issuesJson = issues.stream().map(i -> i.json().toString()).reduce("", String::concat);
    for (String secret : concat(WRITTEN, List.of(latin1Token, latin1PropertiesToken, joinedToken, joinedSid))) {
      assertThat(scan.output()).doesNotContain(secret);
      assertThat(issuesJson).doesNotContain(secret);
    }
  }

  private static void resources(Path file, long size) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("<resources>\n".getBytes(StandardCharsets.UTF_8));
      byte[] line = ("  <string name=\"filler\">" + "x".repeat(200) + "</string>\n").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < size; written += line.length) {
        out.write(line);
      }
      out.write("</resources>\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void write(Path project, String path, byte[] content) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static String hex(int length) {
    byte[] bytes = new byte[length / 2];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
