package com.providercredentials.accounts;

import static com.providercredentials.accounts.SharedAccountsWebServiceTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sonar.api.impl.ws.SimpleGetRequest;

/** {@code api/credentials/accounts}, what the Provider credentials page shows, against a stand-in for SonarQube. */
class AccountsActionTest {

  private static final String COMPANY = "0123456789abcdef0123456789abcdef";
  private static final String SUPPORT = "fedcba9876543210fedcba9876543210";
  private static final String AWS = "00112233445566778899aabbccddeeff";
  private static final String TWILIO = "credentials-java:TwilioCredentials";
  private static final String SHARED = "credentials-kotlin:SharedAccountSid";
  private static final String SHARED_XML = "credentials-xml:SharedAccountSid";

  private final FakeSonarQube server = new FakeSonarQube();
  private final PluginCatalog catalog = new PluginCatalog(List.of(TWILIO, SHARED, SHARED_XML), Map.of("twilio", "Twilio"));

  @Test
  void every_account_with_its_projects_files_and_open_issues_the_widest_first() {
    companyApps();

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(accounts(answer)).containsExactly(
      "Twilio AC…9f3e 3: Billing[res/values/keys.xml]=1 " + SHARED_XML + ", Drivers[app/Config.kt]=2 " + SHARED
        + ", Rides[app/Sms.java]=2 " + TWILIO,
      "Twilio AC…0a1b 1: Drivers[app/Config.kt]=2 " + SHARED,
      "aws …3864 1: Rides[app/Keys.java]=0 ");
    assertThat(answer.get("projects").asArray().values()).extracting(JsonValue::toString).containsExactly(
      "{\"key\":\"billing\",\"name\":\"Billing\",\"accounts\":1,\"openIssues\":1,\"rules\":[\"" + SHARED_XML + "\"]}",
      "{\"key\":\"drivers\",\"name\":\"Drivers\",\"accounts\":2,\"openIssues\":2,\"rules\":[\"" + SHARED + "\"]}",
      "{\"key\":\"rides\",\"name\":\"Rides\",\"accounts\":2,\"openIssues\":3,\"rules\":[\"" + TWILIO + "\"]}");
    assertThat(answer.getInt("openIssues", -1)).isEqualTo(-1);
    assertThat(answer.get("accounts").asArray().get(0).asObject().getInt("openIssues", 0)).isEqualTo(5);
    assertThat(answer.getLong("projectsUnread", -1)).isZero();
    assertThat(answer.getBoolean("issuesCapped", true)).isFalse();
    // listing (2 statuses), measures, issues: no request per project
    assertThat(answer.getInt("requests", 0)).isEqualTo(4);
  }

  @Test
  void one_project_shows_its_accounts_and_every_other_project_that_holds_them_itself_first() {
    companyApps();

    JsonObject answer = call(new SimpleGetRequest().setParam("project", "billing"));

    assertThat(accounts(answer)).containsExactly(
      "Twilio AC…9f3e 3: Billing[res/values/keys.xml]=1 " + SHARED_XML + ", Drivers[app/Config.kt]=2 " + SHARED
        + ", Rides[app/Sms.java]=2 " + TWILIO);
    assertThat(call(new SimpleGetRequest().setParam("project", "unknown")).get("accounts").asArray().values()).isEmpty();
  }

  @Test
  void a_viewer_reads_only_the_projects_sonarqube_lets_it_browse() {
    companyApps();
    server.projects.remove("billing");

    assertThat(accounts(call(new SimpleGetRequest()))).first().asString().startsWith("Twilio AC…9f3e 2: Drivers").doesNotContain("Billing");
  }

  @Test
  void counts_issues_beyond_one_search_by_splitting_the_projects_and_says_when_one_project_alone_exceeds_it() {
    server.project("rides", "Rides", line(COMPANY, "AC…9f3e", "app/Sms.java")).project("maps", "Maps", line(COMPANY, "AC…9f3e", "Maps.java"));
    IntStream.range(0, 6000).forEach(i -> server.issue("rides", "app/Sms.java", TWILIO).issue("maps", "Maps.java", TWILIO));

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.get("accounts").asArray().get(0).asObject().getInt("openIssues", 0)).isEqualTo(12_000);
    assertThat(answer.getBoolean("issuesCapped", true)).isFalse();

    IntStream.range(0, 4001).forEach(i -> server.issue("rides", "app/Sms.java", TWILIO));
    JsonObject capped = call(new SimpleGetRequest());
    assertThat(capped.getBoolean("issuesCapped", false)).isTrue();
    assertThat(capped.get("accounts").asArray().get(0).asObject().getInt("openIssues", 0)).isEqualTo(16_000);
  }

  @Test
  void an_issue_search_that_fails_is_asked_again_in_halves() {
    companyApps();
    server.maxIssueProjects = 1;

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(accounts(answer)).first().asString().startsWith("Twilio AC…9f3e 3: Billing[res/values/keys.xml]=1 ");
    // listing (2), measures (1), issues: 3 projects refused together, then 1 + 2 refused, then 1 + 1
    assertThat(server.calls("api/issues/search")).isEqualTo(5);
  }

  private void companyApps() {
    server.project("rides", "Rides", line(COMPANY, "AC…9f3e", "app/Sms.java")
        + AWS + "\taws\taccount\taccount\t…3864\tapp/Keys.java\n")
      .project("drivers", "Drivers", line(COMPANY, "AC…9f3e", "app/Config.kt") + line(SUPPORT, "AC…0a1b", "app/Config.kt"))
      .project("billing", "Billing", line(COMPANY, "AC…9f3e", "res/values/keys.xml"))
      .project("notes", "Notes", null)
      .issue("rides", "app/Sms.java", TWILIO).issue("rides", "app/Sms.java", TWILIO).issue("rides", "app/Other.java", TWILIO)
      .issue("drivers", "app/Config.kt", SHARED).issue("drivers", "app/Config.kt", SHARED)
      .issue("billing", "res/values/keys.xml", SHARED_XML)
      // another plugin's security issue in the same file is not ours
      .issue("billing", "res/values/keys.xml", "secrets:S6290")
      .issue("notes", "Notes.java", TWILIO);
  }

  private JsonObject call(SimpleGetRequest request) {
    return WsCall.call((req, res) -> new AccountsAction(catalog).handle(req, res, ProjectListing.SEARCH_WINDOW), request, server);
  }

  /** "Provider masked projects: Name[files]=open issues rules, …" per account, in the answer's order. */
  private static List<String> accounts(JsonObject answer) {
    return answer.get("accounts").asArray().values().stream().map(JsonValue::asObject).map(a -> a.getString("providerName", "") + " "
      + a.getString("masked", "") + " " + a.get("projects").asArray().size() + ": " + String.join(", ", a.get("projects").asArray().values()
        .stream().map(JsonValue::asObject).map(p -> p.getString("name", "") + p.get("files").asArray().values().stream().map(JsonValue::asString)
          .toList() + "=" + p.getInt("openIssues", -1) + " " + String.join(",", p.get("rules").asArray().values().stream()
            .map(JsonValue::asString).toList())).toList())).toList();
  }
}
