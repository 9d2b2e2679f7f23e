package com.providercredentials.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sonar.api.server.ws.Request;
import org.sonar.api.server.ws.RequestHandler;
import org.sonar.api.server.ws.Response;
import org.sonar.api.server.ws.WebService;
import org.sonar.api.utils.text.JsonWriter;

/**
 * {@code GET api/credentials/accounts}: what the Provider credentials page shows. Every provider account hard-coded in
 * the projects the caller may browse (or those of one project), each with the projects and files that hold it and the
 * open issues of the plugin's rules there, the accounts that expose the most projects first. Masked identifiers and
 * fingerprints only; every read is SonarQube's, as the caller.
 */
final class AccountsAction {

  static final String ACTION = "accounts";
  static final String PARAM_PROJECT = "project";

  private final PluginCatalog catalog;

  AccountsAction(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  static void define(WebService.NewController controller, RequestHandler handler) {
    WebService.NewAction action = controller.createAction(ACTION)
      .setDescription("Lists every provider account hard-coded in the projects the caller may browse: provider, masked identifier, "
        + "keyed fingerprint, the projects and files that hold it and the open issues of the plugin's rules in those files, "
        + "the accounts held by the most projects first. With '" + PARAM_PROJECT + "', only the accounts of that project, each with "
        + "every other project that holds it. Identifiers are never returned. This is what the Provider credentials page shows.")
      .setSince("1.1")
      .setResponseExample(AccountsAction.class.getResource("accounts-example.json"))
      .setHandler(handler);
    action.createParam(PARAM_PROJECT)
      .setDescription("Only the accounts hard-coded in this project.")
      .setExampleValue("rides-app");
  }

  void handle(Request request, Response response, int window) {
    String project = request.param(PARAM_PROJECT);
    LocalApi api = new LocalApi(request.localConnector());
    ServerAccounts server = ServerAccounts.read(api, window, Optional.ofNullable(project));
    List<ServerAccounts.Account> accounts = server.accounts.values().stream()
      .filter(account -> project == null || account.heldBy(project)).toList();
    // project key → accounts it holds, in one pass (a project holds an account once: one line per account in its measure)
    Map<String, Integer> projects = new LinkedHashMap<>();
    accounts.forEach(account -> account.projects.forEach(p -> projects.merge(p.key(), 1, Integer::sum)));
    OpenIssues issues = OpenIssues.read(api, catalog.ruleKeys(), projects.keySet());
    List<Row> rows = new ArrayList<>();
    for (ServerAccounts.Account account : accounts) {
      List<Held> held = account.projects.stream()
        .map(p -> new Held(p, issues.in(p.key(), p.files())))
        .sorted(Comparator.comparing((Held h) -> !h.files.key().equals(project)).thenComparing(h -> h.files.name().toLowerCase()))
        .toList();
      rows.add(new Row(account, held));
    }
    rows.sort(Comparator.comparingInt((Row r) -> -r.held.size()).thenComparingInt(r -> -r.openIssues())
      .thenComparing(r -> r.account.provider).thenComparing(r -> r.account.masked));
    try (JsonWriter json = response.newJsonWriter()) {
      json.beginObject().name("accounts").beginArray();
      rows.forEach(row -> write(json, row));
      json.endArray().name("projects").beginArray();
      for (String key : projects.keySet().stream().sorted(Comparator.comparing((String k) -> server.names().getOrDefault(k, k).toLowerCase()))
        .toList()) {
        Map<String, Integer> open = issues.in(key);
        json.beginObject().prop("key", key).prop("name", server.names().getOrDefault(key, key))
          .prop("accounts", projects.get(key))
          .prop("openIssues", sum(open)).name("rules").beginArray().values(open.keySet()).endArray().endObject();
      }
      json.endArray()
        .prop("projectsRead", server.names().size())
        .prop("projectsUnread", server.listing.unread())
        .prop("issuesCapped", issues.capped())
        .prop("requests", api.requests())
        .endObject();
    }
  }

  private void write(JsonWriter json, Row row) {
    ServerAccounts.Account account = row.account;
    json.beginObject().prop("provider", account.provider).prop("providerName", catalog.providerName(account.provider)).prop("kind", account.kind).prop("label", account.label)
      .prop("masked", account.masked).prop("fingerprint", account.fingerprint).prop("openIssues", row.openIssues())
      .name("projects").beginArray();
    for (Held held : row.held) {
      json.beginObject().prop("key", held.files.key()).prop("name", held.files.name())
        .name("files").beginArray().values(held.files.files()).endArray()
        .prop("openIssues", sum(held.rules)).name("rules").beginArray().values(held.rules.keySet()).endArray()
        .endObject();
    }
    json.endArray().endObject();
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A project's hold on an account, with the open issues (rule → count) in its files. */
  private record Held(ServerAccounts.ProjectFiles files, Map<String, Integer> rules) {
  }

  private record Row(ServerAccounts.Account account, List<Held> held) {
    int openIssues() {
      return held.stream().mapToInt(h -> sum(h.rules)).sum();
    }
  }
}
