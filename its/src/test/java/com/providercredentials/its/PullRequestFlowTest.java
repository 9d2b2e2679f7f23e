package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request's life as Community Build sees it, in a git repository whose commits the test makes: a baseline, a
 * commit that adds a credential (the scanner fails the CI job, the gate's failed condition is read back, a webhook on
 * loopback receives {@code qualityGate.status: ERROR}, the signal a CI status check consumes), and the fix that turns it
 * green; then the project-per-pull-request flow, where only the overall "Hard-coded credentials" condition fails a
 * first analysis.
 */
@ExtendWith(SonarQubeExtension.class)
class PullRequestFlowTest {

  /** "Sonar way" plus the condition the README shows: Hard-coded credentials > 0, on overall code. */
  static final String GATE = "Sonar way + no credentials";

  /** Account SIDs of this test only: another project holding one would add a SharedAccountSid issue. */
  private static final String SID = "AC5e0f3a9c1d7b24e86f03a1c9d5b7e214";
  private static final String PR_SID = "AC9b41d07e3c5a28f6e1d0b7c4a93f5e62";
  private static final String OLD_SID = "AC0d7e5b3f1a9c84e2d6b0f4a8c3e1d759";
  private static final String TOKEN = "b7432d2e3843e8cd2c7756d95658e7a7";
  private static final String LEAK_FILE = "app/src/main/java/com/example/rides/voice/QuickFix.java";
  private static final String LEAK_TEMPLATE = """
    package com.example.rides.voice;

    import com.twilio.Twilio;

    class QuickFix {
        void init() {
            Twilio.init("%s", "%s");
        }
    }
    """;

  private static String leak(String sid) {
    return LEAK_TEMPLATE.formatted(sid, TOKEN);
  }

  @Test
  void a_commit_that_adds_a_credential_fails_the_gate_and_the_fix_turns_it_green(SonarQube server, @TempDir Path work) throws Exception {
    String key = "pr-flow";
    server.deleteProjectIfExists(key);
    server.post("api/projects/create", Map.of("project", key, "name", "Pull request flow"));
    ensureGate(server);
    server.post("api/qualitygates/select", Map.of("gateName", GATE, "projectKey", key));
    Path repo = Projects.copy(server, "android-app-clean", work.resolve("repo"));
    GitRepository git = new GitRepository(repo);
    git.run("init", "-q", "-b", "main");
    git.commitAll("Rides, the token-based way");

    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String webhook = server.post("api/webhooks/create", Map.of("name", "ci-status", "url", receiver.url(), "project", key))
        .get("webhook").get("key").asText();

      // the baseline: main as it is
      SonarQube.Result baseline = scan(server, repo, key);
      assertThat(baseline.exitCode()).as(baseline.output()).isZero();
      assertThat(status(server, key).get("status").asText()).isEqualTo("OK");
      JsonNode first = receiver.next(key);
      assertThat(first.get("qualityGate").get("status").asText()).isEqualTo("OK");
      assertThat(first.get("revision").asText()).isEqualTo(git.head());
      assertThat(measure(server, key)).isEqualTo("0");

      // the pull request's commit: a quick fix that signs the app in to Twilio with the account's credentials
      Files.writeString(repo.resolve(LEAK_FILE), leak(SID));
      git.commitAll("Voice: quick fix for the calls that do not connect");
      SonarQube.Result leak = scan(server, repo, key);
      assertThat(leak.exitCode()).as("the scanner fails the CI job").isNotZero();
      assertThat(leak.output()).contains("QUALITY GATE STATUS: FAILED");
      JsonNode failed = status(server, key);
      assertThat(failed.get("status").asText()).isEqualTo("ERROR");
      assertThat(errors(failed, "metricKey", "actualValue")).containsExactlyInAnyOrder(
        "credentials_hardcoded GT 0 = 2", "new_violations GT 0 = 2");
      // the token, to revoke, and the app signing in with account credentials, to redesign
      List<SonarQube.Issue> issues = server.issues(key);
      assertThat(issues).extracting(SonarQube.Issue::toString).containsExactlyInAnyOrder(
        "credentials-java:TwilioCredentials " + LEAK_FILE + ":7 Revoke this Twilio Auth Token (…e7a7) and issue short-lived"
          + " Access Tokens from your backend instead.",
        "credentials-java:ClientSideAccountCredentials " + LEAK_FILE + ":7 This app signs in to Twilio with account credentials"
          + " that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.");
      JsonNode error = receiver.next(key);
      assertThat(error.get("qualityGate").get("status").asText()).isEqualTo("ERROR");
      assertThat(error.get("revision").asText()).isEqualTo(git.head());
      assertThat(errors(error.get("qualityGate"), "metric", "value")).containsExactlyInAnyOrder(
        "credentials_hardcoded GREATER_THAN 0 = 2", "new_violations GREATER_THAN 0 = 2");
      NoValueShown.in(leak, issues, List.of(TOKEN), 8);
      assertThat(error.toString()).doesNotContain(TOKEN.substring(0, 8));

      // the fix: the credential leaves the code (and is revoked at Twilio)
      git.run("rm", "-q", LEAK_FILE);
      git.commitAll("Voice: no account credentials in the app");
      SonarQube.Result fixed = scan(server, repo, key);
      assertThat(fixed.exitCode()).as(fixed.output()).isZero();
      assertThat(status(server, key).get("status").asText()).isEqualTo("OK");
      JsonNode green = receiver.next(key);
      assertThat(green.get("qualityGate").get("status").asText()).isEqualTo("OK");
      assertThat(green.get("revision").asText()).isEqualTo(git.head());
      assertThat(measure(server, key)).isEqualTo("0");

      // the measure's history, as the project's measures and activity pages show it
      assertThat(history(server, key)).containsExactly("0", "2", "0");
      server.post("api/webhooks/delete", Map.of("webhook", webhook));
    }
  }

  @Test
  void each_pull_request_as_a_project_of_its_own_is_failed_by_the_overall_condition(SonarQube server, @TempDir Path work) throws Exception {
    Path repo = Projects.copy(server, "android-app-clean", work.resolve("repo"));
    GitRepository git = new GitRepository(repo);
    git.run("init", "-q", "-b", "main");
    git.commitAll("Rides, the token-based way");
    git.run("checkout", "-q", "-b", "voice-quick-fix");
    Files.writeString(repo.resolve(LEAK_FILE), leak(PR_SID));
    git.commitAll("Voice: quick fix for the calls that do not connect");

    // the default "Sonar way" gate: its conditions are on new code, and a first analysis has no new code
    String sonarWay = "pr-41";
    server.deleteProjectIfExists(sonarWay);
    SonarQube.Result passed = scan(server, repo, sonarWay, "-Dsonar.projectName=Pull request 41");
    assertThat(passed.exitCode()).as(passed.output()).isZero();
    assertThat(measure(server, sonarWay)).isEqualTo("2");
    JsonNode ok = status(server, sonarWay);
    assertThat(ok.get("status").asText()).isEqualTo("OK");
    assertThat(errors(ok, "metricKey", "actualValue")).isEmpty();

    // the same pull request, its project made under a default gate that holds the overall condition
    String gated = "pr-42";
    server.deleteProjectIfExists(gated);
    ensureGate(server);
    server.post("api/qualitygates/set_as_default", Map.of("name", GATE));
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String webhook = server.post("api/webhooks/create", Map.of("name", "ci-status", "url", receiver.url())).get("webhook").get("key").asText();
      SonarQube.Result failed = scan(server, repo, gated, "-Dsonar.projectName=Pull request 42");
      assertThat(failed.exitCode()).as("the scanner fails the CI job").isNotZero();
      assertThat(failed.output()).contains("QUALITY GATE STATUS: FAILED");
      JsonNode error = status(server, gated);
      assertThat(error.get("status").asText()).isEqualTo("ERROR");
      // the two issues of pr-41, and the account it shares with pr-41: everything the plugin reports counts
      assertThat(errors(error, "metricKey", "actualValue")).containsExactly("credentials_hardcoded GT 0 = 3");
      assertThat(server.issues(gated)).extracting(SonarQube.Issue::toString).containsExactlyInAnyOrder(
        "credentials-java:TwilioCredentials " + LEAK_FILE + ":7 Revoke this Twilio Auth Token (…e7a7) and issue short-lived"
          + " Access Tokens from your backend instead.",
        "credentials-java:ClientSideAccountCredentials " + LEAK_FILE + ":7 This app signs in to Twilio with account credentials"
          + " that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.",
        "credentials-java:SharedAccountSid " + LEAK_FILE + ":7 This Twilio Account SID (AC…5e62) is also hard-coded in the"
          + " project Pull request 41; give each app its own subaccount or API key.");
      JsonNode payload = receiver.next(gated);
      assertThat(payload.get("qualityGate").get("name").asText()).isEqualTo(GATE);
      assertThat(payload.get("qualityGate").get("status").asText()).isEqualTo("ERROR");
      assertThat(payload.get("revision").asText()).isEqualTo(git.head());
      assertThat(errors(payload.get("qualityGate"), "metric", "value")).containsExactly("credentials_hardcoded GREATER_THAN 0 = 3");
      assertThat(payload.toString()).doesNotContain(TOKEN.substring(0, 8));
      server.post("api/webhooks/delete", Map.of("webhook", webhook));
    } finally {
      server.post("api/qualitygates/set_as_default", Map.of("name", "Sonar way"));
      // as CI does once the pull request is merged; the account they share would show to SharedAccountsTest's viewer
      server.deleteProjectIfExists(sonarWay);
      server.deleteProjectIfExists(gated);
    }
  }

  @Test
  void a_credential_found_by_a_rule_new_to_the_profile_is_backdated_and_only_the_overall_condition_sees_it(SonarQube server,
    @TempDir Path work) throws Exception {
    String key = "backdated";
    server.deleteProjectIfExists(key);
    server.post("api/projects/create", Map.of("project", key, "name", "Backdated"));
    ensureGate(server);
    server.post("api/qualitygates/select", Map.of("gateName", GATE, "projectKey", key));
    // a Java profile without the rules that report Twilio.init: as before the plugin, or a release adding a provider
    String sonarWay = server.get("api/qualityprofiles/search", Map.of("language", "java", "defaults", "true"))
      .get("profiles").get(0).get("key").asText();
    String profileName = "Backdating " + System.nanoTime();
    String profile = server.post("api/qualityprofiles/copy", Map.of("fromKey", sonarWay, "toName", profileName)).get("key").asText();
    List<String> rules = List.of("credentials-java:TwilioCredentials", "credentials-java:ClientSideAccountCredentials");
    for (String rule : rules) {
      server.post("api/qualityprofiles/deactivate_rule", Map.of("key", profile, "rule", rule));
    }
    server.post("api/qualityprofiles/add_project", Map.of("language", "java", "project", key, "qualityProfile", profileName));

    // a credential committed a month ago
    Path repo = Projects.copy(server, "android-app-clean", work.resolve("repo"));
    GitRepository git = new GitRepository(repo);
    git.run("init", "-q", "-b", "main");
    git.commitAll("Rides, the token-based way");
    Files.writeString(repo.resolve(LEAK_FILE), leak(OLD_SID));
    java.time.Instant monthAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
    git.commitAllAt("Voice: quick fix for the calls that do not connect", monthAgo.getEpochSecond() + " +0000");

    SonarQube.Result before = scan(server, repo, key);
    assertThat(before.exitCode()).as(before.output()).isZero();
    assertThat(measure(server, key)).isEqualTo("0");

    // the rules arrive: their issues on the month-old line are dated from its commit, before the new-code baseline
    for (String rule : rules) {
      server.post("api/qualityprofiles/activate_rule", Map.of("key", profile, "rule", rule));
    }
    SonarQube.Result after = scan(server, repo, key);
    assertThat(after.exitCode()).as("the scanner fails the CI job").isNotZero();
    JsonNode failed = status(server, key);
    assertThat(failed.get("status").asText()).isEqualTo("ERROR");
    // not new: "Sonar way"'s new-code conditions pass; the overall condition fails
    assertThat(errors(failed, "metricKey", "actualValue")).containsExactly("credentials_hardcoded GT 0 = 2");
    List<SonarQube.Issue> issues = server.issues(key);
    assertThat(issues).extracting(SonarQube.Issue::rule).containsExactlyInAnyOrderElementsOf(rules);
    String commitDay = monthAgo.toString().substring(0, 10);
    assertThat(issues).allSatisfy(issue -> assertThat(issue.json().get("creationDate").asText()).startsWith(commitDay));
    JsonNode newViolations = server.get("api/measures/component", Map.of("component", key, "metricKeys", "new_violations"))
      .get("component").get("measures").get(0);
    assertThat(newViolations.get("period").get("value").asText()).isEqualTo("0");
  }

  /** The gate of the README: a copy of "Sonar way" with "Hard-coded credentials > 0" on overall code. */
  static void ensureGate(SonarQube server) {
    for (JsonNode gate : server.get("api/qualitygates/list", Map.of()).get("qualitygates")) {
      if (gate.get("name").asText().equals(GATE)) {
        return;
      }
    }
    server.post("api/qualitygates/copy", Map.of("sourceName", "Sonar way", "name", GATE));
    server.post("api/qualitygates/create_condition", Map.of("gateName", GATE, "metric", "credentials_hardcoded", "op", "GT", "error", "0"));
  }

  private static SonarQube.Result scan(SonarQube server, Path repo, String key, String... more) {
    // blame from git, as in CI (the launcher disables SCM by default)
    List<String> args = new ArrayList<>(List.of("-Dsonar.qualitygate.wait=true", "-Dsonar.scm.disabled=false", "-Dsonar.scm.provider=git"));
    args.addAll(List.of(more));
    return server.scan(repo, key, args.toArray(String[]::new));
  }

  private static JsonNode status(SonarQube server, String key) {
    return server.get("api/qualitygates/project_status", Map.of("projectKey", key)).get("projectStatus");
  }

  /** The failed conditions, as "metric comparator threshold = value". */
  private static List<String> errors(JsonNode gate, String metricField, String valueField) {
    List<String> errors = new ArrayList<>();
    for (JsonNode condition : gate.get("conditions")) {
      if (condition.get("status").asText().equals("ERROR")) {
        String comparator = condition.has("comparator") ? condition.get("comparator").asText() : condition.get("operator").asText();
        errors.add(condition.get(metricField).asText() + " " + comparator + " " + condition.get("errorThreshold").asText()
          + " = " + condition.get(valueField).asText());
      }
    }
    return errors;
  }

  private static String measure(SonarQube server, String key) {
    JsonNode measures = server.get("api/measures/component", Map.of("component", key, "metricKeys", "credentials_hardcoded"))
      .get("component").get("measures");
    return measures.isEmpty() ? null : measures.get(0).get("value").asText();
  }

  private static List<String> history(SonarQube server, String key) {
    List<String> values = new ArrayList<>();
    JsonNode measures = server.get("api/measures/search_history", Map.of("component", key, "metrics", "credentials_hardcoded")).get("measures");
    for (JsonNode point : measures.get(0).get("history")) {
      values.add(point.has("value") ? point.get("value").asText() : null);
    }
    return values;
  }
}
