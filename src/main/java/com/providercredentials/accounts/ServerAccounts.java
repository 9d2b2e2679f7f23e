package com.providercredentials.accounts;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every provider account hard-coded in the projects the caller may browse, read from their {@link AccountsMetric}
 * measures through SonarQube's own web services as the caller: {@code ⌈N/500⌉} listing pages (plus a few to split
 * the listing, {@link ProjectListing}) and {@code ⌈N/100⌉} measure pages for N analysed projects. Nothing is kept
 * between requests, so every web node of a cluster answers the same.
 */
final class ServerAccounts {

  /** Measures read per call: the most api/measures/search takes. */
  static final int MEASURES_PAGE = 100;
  private static final String QUALITY_GATE_STATUS = "alert_status";

  /** One project's hold on an account. */
  record ProjectFiles(String key, String name, List<String> files) {
  }

  /** One account and every project that holds it. */
  static final class Account {
    final String fingerprint;
    final String provider;
    final String kind;
    final String label;
    final String masked;
    final List<ProjectFiles> projects = new ArrayList<>();

    Account(AccountsMeasure.Account account) {
      this.fingerprint = account.fingerprint();
      this.provider = account.provider();
      this.kind = account.kind();
      this.label = account.label();
      this.masked = account.masked();
    }

    boolean heldBy(String project) {
      return projects.stream().anyMatch(p -> p.key().equals(project));
    }
  }

  final Map<String, Account> accounts = new LinkedHashMap<>();
  /** The projects whose measures the caller may read (a project analysis token lists every project, reads its own). */
  final Set<String> readable = new LinkedHashSet<>();
  final ProjectListing listing;

  private ServerAccounts(ProjectListing listing) {
    this.listing = listing;
  }

  /**
   * The accounts of every project the caller may browse; with {@code onlyProject}, nothing when the caller may not
   * browse that project.
   */
  static ServerAccounts read(LocalApi api, int window, Optional<String> onlyProject) {
    ServerAccounts server = new ServerAccounts(ProjectListing.read(api, window));
    Map<String, String> names = server.listing.names();
    if (onlyProject.isPresent() && !names.containsKey(onlyProject.get())) {
      return server;
    }
    List<String> keys = new ArrayList<>(names.keySet());
    for (int from = 0; from < keys.size(); from += MEASURES_PAGE) {
      List<String> page = keys.subList(from, Math.min(keys.size(), from + MEASURES_PAGE));
      server.measures(api, page).forEach((key, value) -> {
        for (AccountsMeasure.Account account : AccountsMeasure.read(value)) {
          server.accounts.computeIfAbsent(account.fingerprint(), f -> new Account(account))
            .projects.add(new ProjectFiles(key, names.getOrDefault(key, key), List.copyOf(account.files())));
        }
      });
    }
    return server;
  }

  /** Key → name of the projects listed. */
  Map<String, String> names() {
    return listing.names();
  }

  /** Project key → value of the accounts measure, for the projects that have one. */
  private Map<String, String> measures(LocalApi api, List<String> projectKeys) {
    // the quality gate status, which every analysed project has, tells which projects the caller may really read
    JsonObject answer = api.get("api/measures/search", Map.of("projectKeys", String.join(",", projectKeys),
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
}
