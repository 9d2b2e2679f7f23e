package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.providercredentials.its.SonarQube.Issue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule SharedAccountSid across projects: two apps of one company hard-code the same Twilio account and an
 * access key of the same AWS account. Each analysis learns about the other project through the server, by
 * fingerprint only, and only from projects its token may browse.
 */
@ExtendWith(SonarQubeExtension.class)
class SharedAccountsTest {

  private static final String MAPS = "its-shared-maps";
  private static final String COURIER = "its-shared-courier";
  private static final String SID = "AC27fa66efcc9c93ecca9f9511fae958f4";
  private static final String KEY_ID = "AKIAZE7POTCUIR5GO3ZU";
  /** The AWS account that KEY_ID belongs to. */
  private static final String ACCOUNT = "629178013864";
  private static final String TWILIO = "This Twilio Account SID (AC…58f4) is also hard-coded in the project %s; give each app its own subaccount or API key.";
  private static final String AWS = "This AWS account (…3864, key AKIA…O3ZU) is also hard-coded in the project %s; "
    + "give each app its own IAM role and temporary credentials from Cognito or STS.";

  @Test
  void each_project_learns_about_the_other_through_the_server_and_only_if_it_may_browse_it(SonarQube server) {
    for (String project : List.of(MAPS, COURIER)) {
      server.deleteProjectIfExists(project);
    }
    String userToken = server.post("api/user_tokens/generate", Map.of("name", "shared-" + System.nanoTime(), "type", "USER_TOKEN")).get("token").asText();
    List<String> logs = new ArrayList<>();

    // 1. the first project alone: nothing is shared yet
    SonarQube.Result maps = server.scanWithToken(Projects.path(server, "shared-maps"), MAPS, userToken);
    logs.add(maps.output());
    assertThat(maps.exitCode()).as(maps.output()).isZero();
    assertThat(shared(server, MAPS)).isEmpty();

    // 2. the second project names the first
    SonarQube.Result courier = server.scanWithToken(Projects.path(server, "shared-courier"), COURIER, userToken);
    logs.add(courier.output());
    assertThat(courier.exitCode()).as(courier.output()).isZero();
    assertThat(courier.output()).contains("Provider Credentials: 2 account(s) looked up in other projects (1 request(s), ")
      .contains("ms): 2 also hard-coded elsewhere");
    assertThat(shared(server, COURIER)).containsExactlyInAnyOrder(
      "credentials-kotlin:SharedAccountSid app/src/main/kotlin/com/example/courier/Config.kt:5 " + TWILIO.formatted("Maps"),
      "credentials-kotlin:SharedAccountSid app/src/main/kotlin/com/example/courier/Config.kt:6 " + AWS.formatted("Maps"));

    // 3. a later analysis of the first project picks up the reuse introduced by the second
    maps = server.scanWithToken(Projects.path(server, "shared-maps"), MAPS, userToken);
    logs.add(maps.output());
    assertThat(maps.exitCode()).as(maps.output()).isZero();
    assertThat(shared(server, MAPS)).containsExactlyInAnyOrder(
      "credentials-xml:SharedAccountSid app/src/main/res/values/keys.xml:4 " + TWILIO.formatted("Courier"),
      "credentials-java:SharedAccountSid app/src/main/java/com/example/maps/Uploads.java:5 " + AWS.formatted("Courier"));

    // 4. the web service lists both projects for an admin, with fingerprints and masked identifiers only
    HttpResponse<String> forAdmin = server.getAs("admin:admin", "api/credentials/shared_accounts", Map.of("project", MAPS));
    assertThat(forAdmin.statusCode()).isEqualTo(200);
    JsonNode accounts = server.json(forAdmin.body()).get("sharedAccounts");
    assertThat(StreamSupport.stream(accounts.spliterator(), false).map(a -> a.get("provider").asText() + " " + a.get("masked").asText() + " "
        + StreamSupport.stream(a.get("projects").spliterator(), false).map(p -> p.get("key").asText() + "=" + p.get("files")).sorted().toList()))
      .containsExactlyInAnyOrder(
        "twilio AC…58f4 [" + COURIER + "=[\"app/src/main/kotlin/com/example/courier/Config.kt\"], " + MAPS + "=[\"app/src/main/res/values/keys.xml\"]]",
        "aws …3864, key AKIA…O3ZU [" + COURIER + "=[\"app/src/main/kotlin/com/example/courier/Config.kt\"], " + MAPS
          + "=[\"app/src/main/java/com/example/maps/Uploads.java\"]]");
    assertThat(accounts).allSatisfy(a -> assertThat(a.get("fingerprint").asText()).matches("[0-9a-f]{32}"));

    // 5. ... and nothing to a user who may not browse them
    for (String project : List.of(MAPS, COURIER)) {
      server.post("api/projects/update_visibility", Map.of("project", project, "visibility", "private"));
      for (String permission : List.of("user", "codeviewer", "issueadmin", "securityhotspotadmin")) {
        server.post("api/permissions/remove_group", Map.of("projectKey", project, "groupName", "sonar-users", "permission", permission));
      }
    }
    server.createUserIfAbsent("viewer", "Viewer-pass-2026!");
    HttpResponse<String> forViewer = server.getAs("viewer:Viewer-pass-2026!", "api/credentials/shared_accounts", Map.of());
    assertThat(forViewer.statusCode()).isEqualTo(200);
    assertThat(server.json(forViewer.body()).get("sharedAccounts")).isEmpty();

    // 6. a project analysis token sees nothing else: the analysis passes, without cross-project issues, and says why
    String projectToken = server.post("api/user_tokens/generate",
      Map.of("name", "courier-" + System.nanoTime(), "type", "PROJECT_ANALYSIS_TOKEN", "projectKey", COURIER)).get("token").asText();
    courier = server.scanWithToken(Projects.path(server, "shared-courier"), COURIER, projectToken);
    logs.add(courier.output());
    assertThat(courier.exitCode()).as(courier.output()).isZero();
    assertThat(courier.output()).contains("Provider Credentials: shared accounts were not looked up in other projects: "
      + "the analysis token may read no other project on this server (a project analysis token reads only its own project");
    assertThat(shared(server, COURIER)).isEmpty();

    // no identifier in any message, measure, web response or log line
    String measure = server.get("api/measures/component", Map.of("component", MAPS, "metricKeys", "credentials_accounts")).toString();
    assertThat(measure).contains("AC…58f4");
    String everything = String.join("\n", logs) + measure + forAdmin.body() + forViewer.body()
      + server.get("api/issues/search", Map.of("components", MAPS + "," + COURIER, "ps", "500")).toString();
    for (String secret : List.of(SID, KEY_ID, ACCOUNT, SID.substring(2), KEY_ID.substring(4))) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  private static List<String> shared(SonarQube server, String project) {
    // open issues only: those of an earlier analysis that this one no longer raises are closed
    return server.issues(project).stream().filter(i -> i.rule().endsWith(":SharedAccountSid") && !i.json().has("resolution"))
      .map(Issue::toString).toList();
  }
}
