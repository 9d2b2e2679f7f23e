package com.providercredentials.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sonar.api.impl.ws.SimpleGetRequest;
import org.sonar.api.server.ws.LocalConnector;
import org.sonar.api.server.ws.Response;
import org.sonar.api.server.ws.WebService;
import org.sonar.api.utils.text.JsonWriter;
import org.sonar.api.utils.text.XmlWriter;

/**
 * The web service's logic against a stand-in for SonarQube's own web services (which it calls in-process,
 * as the caller); the real ones are exercised by its/SharedAccountsTest.
 */
class SharedAccountsWebServiceTest {

  private static final String SHARED = "0123456789abcdef0123456789abcdef";
  private static final String ALONE = "fedcba9876543210fedcba9876543210";

  /** What the caller may browse: key → (name, measure value). */
  private final Map<String, String[]> projects = new LinkedHashMap<>();
  /** The only project whose measures the caller may read, as with a project analysis token; null: all. */
  private String onlyReadable;
  private final List<String> calls = new ArrayList<>();

  @Test
  void is_documented() {
    WebService.Context context = new WebService.Context();
    new SharedAccountsWebService().define(context);
    WebService.Action action = context.controller("api/credentials").action("shared_accounts");
    assertThat(action.isPost()).isFalse();
    assertThat(action.description()).contains("never returned");
    assertThat(action.params()).extracting(WebService.Param::key).containsExactlyInAnyOrder("project", "fingerprints", "exclude");
    assertThat(action.responseExampleAsString()).contains("\"sharedAccounts\"").contains("AC…9f3e");
  }

  @Test
  void lists_accounts_held_by_two_or_more_browsable_projects() {
    project("rides", "Rides", line(SHARED, "AC…9f3e", "app/Keys.java") + line(ALONE, "AKIA…XFGT", "app/build.gradle"));
    project("maps", "Maps", line(SHARED, "AC…9f3e", "res/values/keys.xml"));
    project("notes", "Notes", null);

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.get("sharedAccounts").asArray().values()).hasSize(1);
    JsonObject account = answer.get("sharedAccounts").asArray().get(0).asObject();
    assertThat(account.getString("fingerprint", "")).isEqualTo(SHARED);
    assertThat(account.getString("masked", "")).isEqualTo("AC…9f3e");
    assertThat(account.getString("provider", "")).isEqualTo("twilio");
    assertThat(account.get("projects").toString())
      .isEqualTo("[{\"key\":\"rides\",\"name\":\"Rides\",\"files\":[\"app/Keys.java\"]},{\"key\":\"maps\",\"name\":\"Maps\",\"files\":[\"res/values/keys.xml\"]}]");
    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(3);
    assertThat(answer.getInt("projectsReadable", 0)).isEqualTo(3);
  }

  @Test
  void analyses_ask_by_fingerprint_and_leave_their_own_project_out() {
    project("rides", "Rides", line(SHARED, "AC…9f3e", "a") + line(ALONE, "…", "b"));
    project("maps", "Maps", line(SHARED, "AC…9f3e", "c"));

    JsonObject answer = call(new SimpleGetRequest().setParam("fingerprints", ALONE + "," + SHARED).setParam("exclude", "maps"));

    assertThat(answer.get("sharedAccounts").asArray().values()).extracting(v -> v.asObject().getString("fingerprint", "") + " "
      + v.asObject().get("projects").asArray().values().stream().map(p -> p.asObject().getString("key", "")).collect(Collectors.joining(",")))
      .containsExactly(SHARED + " rides", ALONE + " rides");
  }

  @Test
  void says_when_the_caller_may_read_no_other_project() {
    project("rides", "Rides", line(SHARED, "AC…9f3e", "a"));
    project("maps", "Maps", line(SHARED, "AC…9f3e", "c"));
    onlyReadable = "maps";

    JsonObject answer = call(new SimpleGetRequest().setParam("fingerprints", SHARED).setParam("exclude", "maps"));

    assertThat(answer.get("sharedAccounts").asArray().values()).isEmpty();
    assertThat(answer.getInt("projectsRead", -1)).isEqualTo(2);
    assertThat(answer.getInt("projectsReadable", -1)).isZero();
  }

  @Test
  void one_project_and_what_it_shares() {
    project("rides", "Rides", line(SHARED, "AC…9f3e", "a"));
    project("maps", "Maps", line(SHARED, "AC…9f3e", "c"));
    project("notes", "Notes", line(ALONE, "…", "d"));
    assertThat(call(new SimpleGetRequest().setParam("project", "notes")).get("sharedAccounts").asArray().values()).isEmpty();
    assertThat(call(new SimpleGetRequest().setParam("project", "maps")).get("sharedAccounts").asArray().values()).hasSize(1);
    assertThat(call(new SimpleGetRequest().setParam("project", "unknown")).get("sharedAccounts").asArray().values()).isEmpty();
  }

  @Test
  void pages_through_many_projects_a_hundred_measures_at_a_time() {
    IntStream.range(0, 1234).forEach(i -> project("p" + i, "P" + i, i % 600 == 0 ? line(SHARED, "AC…9f3e", "f") : null));

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(1234);
    // 3 pages of 500 projects, then 13 pages of 100 measures
    assertThat(calls.stream().filter(c -> c.startsWith("api/components/search")).count()).isEqualTo(3);
    assertThat(calls.stream().filter(c -> c.startsWith("api/measures/search")).count()).isEqualTo(13);
    assertThat(answer.get("sharedAccounts").asArray().get(0).asObject().get("projects").asArray().values()).hasSize(3);
  }

  @Test
  void reads_the_first_ten_thousand_projects_that_the_search_can_return_and_says_so() {
    IntStream.range(0, 10_300).forEach(i -> project("p" + i, "P" + i, i == 10_200 || i == 1 ? line(SHARED, "AC…9f3e", "f") : null));

    JsonObject answer = call(new SimpleGetRequest());

    assertThat(calls.stream().filter(c -> c.startsWith("api/components/search")).count()).isEqualTo(20);
    assertThat(answer.getInt("projectsRead", 0)).isEqualTo(10_000);
    assertThat(answer.getInt("projectsTotal", 0)).isEqualTo(10_300);
    // the project beyond the window is not read: p1's account is held by one project only as far as we know
    assertThat(answer.get("sharedAccounts").asArray().values()).isEmpty();
  }

  @Test
  void rejects_what_is_not_a_fingerprint_without_echoing_it_whole() {
    String sid = "AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91";
    assertThatThrownBy(() -> call(new SimpleGetRequest().setParam("fingerprints", sid)))
      .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(sid);
  }

  private JsonObject call(SimpleGetRequest request) {
    StringWriter out = new StringWriter();
    new SharedAccountsWebService().handle(new Local(request), new JsonResponse(out));
    return Json.parse(out.toString()).asObject();
  }

  private void project(String key, String name, String measure) {
    projects.put(key, new String[] {name, measure});
  }

  private static String line(String fingerprint, String masked, String file) {
    return fingerprint + "\ttwilio\taccount-sid\tAccount SID\t" + masked + "\t" + file + "\n";
  }

  /** The caller's view of SonarQube's own web services. */
  private LocalConnector.LocalResponse serve(LocalConnector.LocalRequest request) {
    calls.add(request.getPath() + "?" + request.getParameterMap().keySet());
    StringWriter out = new StringWriter();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.beginObject();
      if (request.getPath().equals("api/components/search")) {
        assertThat(request.getParam("qualifiers")).isEqualTo("TRK");
        int size = Integer.parseInt(request.getParam("ps"));
        int page = Integer.parseInt(request.getParam("p"));
        List<String> keys = new ArrayList<>(projects.keySet());
        json.name("paging").beginObject().prop("pageIndex", page).prop("pageSize", size).prop("total", keys.size()).endObject();
        json.name("components").beginArray();
        keys.subList(Math.min(keys.size(), (page - 1) * size), Math.min(keys.size(), page * size))
          .forEach(k -> json.beginObject().prop("key", k).prop("name", projects.get(k)[0]).prop("qualifier", "TRK").endObject());
        json.endArray();
      } else {
        List<String> keys = List.of(request.getParam("projectKeys").split(","));
        assertThat(keys).hasSizeLessThanOrEqualTo(100);
        json.name("measures").beginArray();
        assertThat(request.getParam("metricKeys")).isEqualTo(AccountsMetric.KEY + ",alert_status");
        keys.stream().filter(k -> onlyReadable == null || onlyReadable.equals(k)).forEach(k -> {
          json.beginObject().prop("metric", "alert_status").prop("component", k).prop("value", "OK").endObject();
          if (projects.get(k)[1] != null) {
            json.beginObject().prop("metric", AccountsMetric.KEY).prop("component", k).prop("value", projects.get(k)[1]).endObject();
          }
        });
        json.endArray();
      }
      json.endObject();
    }
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    return new LocalConnector.LocalResponse() {
      public int getStatus() {
        return 200;
      }

      public String getMediaType() {
        return "application/json";
      }

      public byte[] getBytes() {
        return bytes;
      }

      public Collection<String> getHeaderNames() {
        return Set.of();
      }

      public String getHeader(String name) {
        return null;
      }
    };
  }

  private final class Local extends SimpleGetRequest {
    private final SimpleGetRequest delegate;

    Local(SimpleGetRequest delegate) {
      this.delegate = delegate;
    }

    @Override
    public String param(String key) {
      return delegate.param(key);
    }

    @Override
    public boolean hasParam(String key) {
      return delegate.hasParam(key);
    }

    @Override
    public LocalConnector localConnector() {
      return SharedAccountsWebServiceTest.this::serve;
    }
  }

  private record JsonResponse(StringWriter out) implements Response {
    public JsonWriter newJsonWriter() {
      return JsonWriter.of(out);
    }

    public XmlWriter newXmlWriter() {
      throw new UnsupportedOperationException();
    }

    public Response noContent() {
      return this;
    }

    public Response setHeader(String name, String value) {
      return this;
    }

    public Collection<String> getHeaderNames() {
      return Set.of();
    }

    public String getHeader(String name) {
      return null;
    }

    public Stream stream() {
      throw new UnsupportedOperationException();
    }
  }
}
