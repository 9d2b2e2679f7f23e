package com.providercredentials.accounts;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.providercredentials.core.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sonar.api.server.ServerSide;
import org.sonar.api.server.ws.LocalConnector;
import org.sonar.api.server.ws.Request;
import org.sonar.api.server.ws.Response;
import org.sonar.api.server.ws.WebService;
import org.sonar.api.utils.text.JsonWriter;

/**
 * {@code GET api/credentials/shared_accounts}: the provider accounts hard-coded in more than one project, for
 * admins, scripts and the analyses themselves. It reads the projects the caller may browse and their
 * {@link AccountsMetric} measures through SonarQube's own web services, as the caller: permissions are
 * SonarQube's, and no identifier is ever in the answer (fingerprints and masked forms only).
 */
@ServerSide
public class SharedAccountsWebService implements WebService {

  static final String CONTROLLER = "api/credentials";
  static final String ACTION = "shared_accounts";
  static final String PARAM_PROJECT = "project";
  static final String PARAM_FINGERPRINTS = "fingerprints";
  static final String PARAM_EXCLUDE = "exclude";
  static final int MAX_FINGERPRINTS = 100;
  /** Projects listed per call, and measures read per call (the limits of the web services used). */
  static final int LIST_PAGE = 500;
  static final int MEASURES_PAGE = 100;
  private static final String QUALITY_GATE_STATUS = "alert_status";
  /** The most results api/components/search returns, whatever the page (measured on SonarQube 26.9). */
  static final int SEARCH_WINDOW = 10_000;

  @Override
  public void define(Context context) {
    NewController controller = context.createController(CONTROLLER)
      .setDescription("Provider Credentials: provider accounts hard-coded in several projects.")
      .setSince("1.0");
    NewAction action = controller.createAction(ACTION)
      .setDescription("Lists the provider accounts (Twilio Account SIDs and API keys, AWS accounts, ...) hard-coded in more than one "
        + "project, with the projects and files that hold them. Only projects the caller may browse are read and listed. "
        + "Identifiers are never returned: each account has a keyed fingerprint and a masked form. With '" + PARAM_FINGERPRINTS
        + "', lists every project that holds one of these accounts, even a single one (this is what analyses ask).")
      .setSince("1.0")
      .setResponseExample(getClass().getResource("shared_accounts-example.json"))
      .setHandler(this::handle);
    action.createParam(PARAM_PROJECT)
      .setDescription("Only the accounts that this project shares with others.")
      .setExampleValue("rides-app");
    action.createParam(PARAM_FINGERPRINTS)
      .setDescription("Comma-separated account fingerprints (at most " + MAX_FINGERPRINTS + ") to look up.")
      .setExampleValue("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    action.createParam(PARAM_EXCLUDE)
      .setDescription("A project to leave out of the answer (the analysed project itself).")
      .setExampleValue("rides-app");
    controller.done();
  }

  void handle(Request request, Response response) {
    Set<String> wanted = new LinkedHashSet<>();
    String fingerprints = request.param(PARAM_FINGERPRINTS);
    if (fingerprints != null) {
      for (String fingerprint : fingerprints.split(",")) {
        String trimmed = fingerprint.trim();
        if (!trimmed.isEmpty()) {
          if (!Fingerprints.isFingerprint(trimmed)) {
            throw new IllegalArgumentException("Not a fingerprint: '" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed) + "'");
          }
          wanted.add(trimmed);
        }
      }
      if (wanted.size() > MAX_FINGERPRINTS) {
        throw new IllegalArgumentException("At most " + MAX_FINGERPRINTS + " fingerprints per request");
      }
    }
    String project = request.param(PARAM_PROJECT);
    String exclude = request.param(PARAM_EXCLUDE);
    Server server = new Server(request.localConnector());
    Map<String, SharedAccount> accounts = collect(server, project != null ? Optional.of(project) : Optional.empty());
    try (JsonWriter json = response.newJsonWriter()) {
      json.beginObject().name("sharedAccounts").beginArray();
      for (SharedAccount account : accounts.values()) {
        List<ProjectFiles> projects = account.projects.stream().filter(p -> !p.key.equals(exclude)).toList();
        boolean selected = wanted.isEmpty() ? account.projects.size() >= 2 : wanted.contains(account.fingerprint);
        if (project != null) {
          selected &= account.projects.stream().anyMatch(p -> p.key.equals(project)) && account.projects.size() >= 2;
        }
        if (!selected || projects.isEmpty()) {
          continue;
        }
        json.beginObject()
          .prop("provider", account.provider).prop("kind", account.kind).prop("label", account.label)
          .prop("masked", account.masked).prop("fingerprint", account.fingerprint)
          .name("projects").beginArray();
        for (ProjectFiles files : projects) {
          json.beginObject().prop("key", files.key).prop("name", files.name).name("files").beginArray().values(files.files).endArray().endObject();
        }
        json.endArray().endObject();
      }
      long othersReadable = server.readable.stream().filter(key -> !key.equals(exclude)).count();
      json.endArray().prop("projectsRead", server.projectsRead).prop("projectsReadable", othersReadable)
        .prop("projectsTotal", server.total).prop("requests", server.requests).endObject();
    }
  }

  private record ProjectFiles(String key, String name, List<String> files) {
  }

  private static final class SharedAccount {
    final String fingerprint;
    final String provider;
    final String kind;
    final String label;
    final String masked;
    final List<ProjectFiles> projects = new ArrayList<>();

    SharedAccount(AccountsMeasure.Account account) {
      this.fingerprint = account.fingerprint();
      this.provider = account.provider();
      this.kind = account.kind();
      this.label = account.label();
      this.masked = account.masked();
    }
  }

  /** Every account of the projects the caller may browse (or of one project and those sharing with it). */
  private static Map<String, SharedAccount> collect(Server server, Optional<String> onlyProject) {
    Map<String, String> names = server.projects();
    Map<String, SharedAccount> accounts = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(names.keySet());
    if (onlyProject.isPresent() && !names.containsKey(onlyProject.get())) {
      return accounts;
    }
    for (int from = 0; from < keys.size(); from += MEASURES_PAGE) {
      List<String> page = keys.subList(from, Math.min(keys.size(), from + MEASURES_PAGE));
      server.measures(page).forEach((key, value) -> {
        for (AccountsMeasure.Account account : AccountsMeasure.read(value)) {
          accounts.computeIfAbsent(account.fingerprint(), f -> new SharedAccount(account))
            .projects.add(new ProjectFiles(key, names.getOrDefault(key, key), List.copyOf(account.files())));
        }
      });
    }
    return accounts;
  }

  /** SonarQube's web services, called in-process as the caller. */
  static final class Server {
    private final LocalConnector connector;
    int requests;
    int projectsRead;
    int total;
    final Set<String> readable = new LinkedHashSet<>();

    Server(LocalConnector connector) {
      this.connector = connector;
    }

    /** Key → name of every project the caller may browse. */
    Map<String, String> projects() {
      Map<String, String> names = new LinkedHashMap<>();
      for (int page = 1; ; page++) {
        JsonObject answer = get("api/components/search", Map.of("qualifiers", "TRK", "ps", String.valueOf(LIST_PAGE), "p", String.valueOf(page)));
        List<JsonValue> components = answer.get("components").asArray().values();
        for (JsonValue component : components) {
          names.put(component.asObject().getString("key", ""), component.asObject().getString("name", ""));
        }
        total = answer.get("paging").asObject().getInt("total", 0);
        if (components.isEmpty() || page * LIST_PAGE >= total) {
          break;
        }
        if ((page + 1) * LIST_PAGE > SEARCH_WINDOW) {
          // api/components/search answers only the first 10,000 results (an Elasticsearch window): the rest is not read
          break;
        }
      }
      projectsRead = names.size();
      return names;
    }

    /** Project key → value of the accounts measure, for the projects that have one. */
    Map<String, String> measures(List<String> projectKeys) {
      // the quality gate status, which every analysed project has, tells which projects the caller may really read: a
      // project analysis token lists every project but reads the measures of its own only
      JsonObject answer = get("api/measures/search", Map.of("projectKeys", String.join(",", projectKeys),
        "metricKeys", AccountsMetric.KEY + "," + QUALITY_GATE_STATUS));
      Map<String, String> values = new LinkedHashMap<>();
      for (JsonValue measure : answer.get("measures").asArray()) {
        JsonObject object = measure.asObject();
        String component = object.getString("component", "");
        readable.add(component);
        String value = object.getString("value", null);
        if (value != null && AccountsMetric.KEY.equals(object.getString("metric", ""))) {
          values.put(component, value);
        }
      }
      return values;
    }

    private JsonObject get(String path, Map<String, String> params) {
      requests++;
      LocalConnector.LocalResponse response = connector.call(new Get(path, params));
      if (response.getStatus() != 200) {
        throw new IllegalStateException(path + " answered HTTP " + response.getStatus());
      }
      return Json.parse(new String(response.getBytes(), StandardCharsets.UTF_8)).asObject();
    }
  }

  /** A GET request to another web service of the server. */
  record Get(String getPath, Map<String, String> params) implements LocalConnector.LocalRequest {
    @Override
    public String getPath() {
      return getPath;
    }

    @Override
    public String getMediaType() {
      return "application/json";
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public boolean hasParam(String key) {
      return params.containsKey(key);
    }

    @Override
    public String getParam(String key) {
      return params.get(key);
    }

    @Override
    public List<String> getMultiParam(String key) {
      return params.containsKey(key) ? Arrays.asList(params.get(key).split(",")) : List.of();
    }

    @Override
    public Optional<String> getHeader(String name) {
      return Optional.empty();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> map = new LinkedHashMap<>();
      params.forEach((k, v) -> map.put(k, new String[] {v}));
      return map;
    }
  }
}
