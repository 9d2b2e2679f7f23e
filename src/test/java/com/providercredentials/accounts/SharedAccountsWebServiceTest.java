package com.providercredentials.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eclipsesource.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sonar.api.config.internal.MapSettings;
import org.sonar.api.impl.ws.SimpleGetRequest;
import org.sonar.api.server.ws.WebService;

/**
 * {@code api/credentials/shared_accounts} against a stand-in for SonarQube's own web services (which it calls
 * in-process, as the caller); the real ones are exercised by its/SharedAccountsTest.
 */
class SharedAccountsWebServiceTest {

  private static final String SHARED = "0123456789abcdef0123456789abcdef";
  private static final String ALONE = "fedcba9876543210fedcba9876543210";

  private final FakeSonarQube server = new FakeSonarQube();
  private final MapSettings settings = new MapSettings();

  @Test
  void is_documented() {
    WebService.Context context = new WebService.Context();
    service().define(context);
    WebService.Action action = context.controller("api/credentials").action("shared_accounts");
    assertThat(action.isPost()).isFalse();
    assertThat(action.description()).contains("never returned");
    assertThat(action.params()).extracting(WebService.Param::key).containsExactlyInAnyOrder("project", "fingerprints", "exclude");
    assertThat(action.responseExampleAsString()).contains("\"sharedAccounts\"").contains("AC…9f3e");
    WebService.Action page = context.controller("api/credentials").action("accounts");
    assertThat(page.isPost()).isFalse();
    assertThat(page.params()).extracting(WebService.Param::key).containsExactly("project");
    assertThat(page.responseExampleAsString()).contains("\"accounts\"").contains("\"openIssues\"").contains("AC…9f3e");
  }

  @Test
  void lists_accounts_held_by_two_or_more_browsable_projects() {
    server.project("rides", "Rides", line(SHARED, "AC…9f3e", "app/Keys.java") + line(ALONE, "AKIA…XFGT", "app/build.gradle"))
      .project("maps", "Maps", line(SHARED, "AC…9f3e", "res/values/keys.xml"))
      .project("notes", "Notes", null);

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.get("sharedAccounts").asArray().values()).hasSize(1);
    JsonObject account = answer.get("sharedAccounts").asArray().get(0).asObject();
    assertThat(account.getString("fingerprint", "")).isEqualTo(SHARED);
    assertThat(account.getString("masked", "")).isEqualTo("AC…9f3e");
    assertThat(account.getString("provider", "")).isEqualTo("twilio");
    // listed by name
    assertThat(account.get("projects").toString())
      .isEqualTo("[{\"key\":\"maps\",\"name\":\"Maps\",\"files\":[\"res/values/keys.xml\"]},{\"key\":\"rides\",\"name\":\"Rides\",\"files\":[\"app/Keys.java\"]}]");
    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(3);
    assertThat(answer.getInt("projectsReadable", 0)).isEqualTo(3);
    assertThat(answer.getInt("projectsTotal", 0)).isEqualTo(3);
  }

  @Test
  void analyses_ask_by_fingerprint_and_leave_their_own_project_out() {
    server.project("rides", "Rides", line(SHARED, "AC…9f3e", "a") + line(ALONE, "…", "b"))
      .project("maps", "Maps", line(SHARED, "AC…9f3e", "c"));

    JsonObject answer = call(new SimpleGetRequest().setParam("fingerprints", ALONE + "," + SHARED).setParam("exclude", "maps"));

    assertThat(answer.get("sharedAccounts").asArray().values()).extracting(v -> v.asObject().getString("fingerprint", "") + " "
      + v.asObject().get("projects").asArray().values().stream().map(p -> p.asObject().getString("key", "")).collect(Collectors.joining(",")))
      .containsExactlyInAnyOrder(SHARED + " rides", ALONE + " rides");
  }

  @Test
  void says_when_the_caller_may_read_no_other_project() {
    server.project("rides", "Rides", line(SHARED, "AC…9f3e", "a")).project("maps", "Maps", line(SHARED, "AC…9f3e", "c"));
    server.onlyReadable = "maps";

    JsonObject answer = call(new SimpleGetRequest().setParam("fingerprints", SHARED).setParam("exclude", "maps"));

    assertThat(answer.get("sharedAccounts").asArray().values()).isEmpty();
    assertThat(answer.getInt("projectsRead", -1)).isEqualTo(1);
    assertThat(answer.getInt("projectsReadable", -1)).isZero();
    assertThat(answer.getInt("projectsTotal", -1)).isEqualTo(2);
    // left out by the token's permissions, not by the search window
    assertThat(answer.getInt("projectsUnread", -1)).isZero();
  }

  @Test
  void one_project_and_what_it_shares() {
    server.project("rides", "Rides", line(SHARED, "AC…9f3e", "a")).project("maps", "Maps", line(SHARED, "AC…9f3e", "c"))
      .project("notes", "Notes", line(ALONE, "…", "d"));
    assertThat(call(new SimpleGetRequest().setParam("project", "notes")).get("sharedAccounts").asArray().values()).isEmpty();
    assertThat(call(new SimpleGetRequest().setParam("project", "maps")).get("sharedAccounts").asArray().values()).hasSize(1);
    assertThat(call(new SimpleGetRequest().setParam("project", "unknown")).get("sharedAccounts").asArray().values()).isEmpty();
  }

  @Test
  void pages_through_many_projects_a_hundred_measures_at_a_time_and_skips_those_never_analysed() {
    IntStream.range(0, 1234).forEach(i -> server.project("p" + i, "P" + i, i % 2 == 0 ? "OK" : "ERROR", (long) i,
      i % 600 == 0 ? line(SHARED, "AC…9f3e", "f") : null));
    IntStream.range(0, 300).forEach(i -> server.project("new" + i, "New" + i, null, null, null));

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(1234);
    assertThat(answer.getInt("projectsTotal", 0)).isEqualTo(1234);
    // 2 pages of 500 for each gate status (617 projects each), then 13 pages of 100 measures
    assertThat(server.calls("api/components/search_projects")).isEqualTo(4);
    assertThat(server.calls("api/measures/search")).isEqualTo(13);
    assertThat(answer.get("sharedAccounts").asArray().get(0).asObject().get("projects").asArray().values()).hasSize(3);
  }

  @Test
  void reads_every_project_beyond_the_search_window_by_splitting_the_listing() {
    // 20,300 analysed projects, most of them passing their gate: more than the window in one status
    IntStream.range(0, 20_300).forEach(i -> server.project("p" + i, "P" + i, i % 10 == 0 ? "ERROR" : "OK", (long) (i * 7 % 5000),
      i == 20_200 || i == 1 ? line(SHARED, "AC…9f3e", "f") : null));

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(20_300);
    assertThat(answer.getInt("projectsTotal", 0)).isEqualTo(20_300);
    assertThat(answer.get("sharedAccounts").asArray().values()).extracting(v -> v.asObject().get("projects").asArray().size())
      .containsExactly(2);
    // no request per project: a few to split the listing, 41 pages of 500 at least, 203 pages of 100 measures
    assertThat(server.calls("api/components/search_projects")).isBetween(41L, 60L);
    assertThat(server.calls("api/measures/search")).isEqualTo(203);
  }

  @Test
  void a_part_that_cannot_be_split_is_read_from_both_ends_and_what_stays_out_of_reach_is_counted() {
    server.window = 4;
    settings.setProperty(SharedAccountsWebService.SEARCH_WINDOW, 4);
    // 7 projects with the same status and size: 4 by name ascending, 3 by name descending
    IntStream.range(0, 7).forEach(i -> server.project("same" + i, "Same" + i, "OK", 42L, i == 6 ? line(SHARED, "AC…9f3e", "f") : null));
    server.project("other", "Other", "OK", 7L, line(SHARED, "AC…9f3e", "g"));
    assertThat(call(new SimpleGetRequest()).getInt("projectsRead", 0)).isEqualTo(8);
    assertThat(call(new SimpleGetRequest()).get("sharedAccounts").asArray().values()).hasSize(1);

    // 10 such projects: 8 can be reached, 2 are said to be out of reach
    IntStream.range(7, 10).forEach(i -> server.project("same" + i, "Same" + i, "OK", 42L, null));
    JsonObject answer = call(new SimpleGetRequest());
    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(9);
    assertThat(answer.getInt("projectsTotal", 0)).isEqualTo(11);
    assertThat(answer.getInt("projectsUnread", 0)).isEqualTo(2);
  }

  @Test
  void rejects_what_is_not_a_fingerprint_without_echoing_it_whole() {
    String sid = "AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91";
    assertThatThrownBy(() -> call(new SimpleGetRequest().setParam("fingerprints", sid)))
      .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(sid);
  }

  private SharedAccountsWebService service() {
    return new SharedAccountsWebService(settings.asConfig(), new PluginCatalog(List.of("credentials-java:TwilioCredentials"),
      Map.of("twilio", "Twilio")));
  }

  private JsonObject call(SimpleGetRequest request) {
    return WsCall.call(service()::handle, request, server);
  }

  static String line(String fingerprint, String masked, String file) {
    return fingerprint + "\ttwilio\taccount-sid\tAccount SID\t" + masked + "\t" + file + "\n";
  }
}
