package com.providercredentials.accounts;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The open issues of the plugin's rules in some projects, counted by project, file and rule, read through
 * {@code api/issues/search} as the caller: {@value #PROJECTS_PER_REQUEST} projects per request and 500 issues per page.
 * A batch with more issues than the search window is split; a single project beyond it is counted up to the window
 * ({@link #capped()}). The search asks for open security issues and our rules are kept here: on SonarQube 26.9 a
 * {@code rules=} filter of our 170 rule keys made each page about twice as slow (0.6–1.0 s against 0.42 s for 50
 * projects; docs/benchmarks.md).
 */
final class OpenIssues {

  /**
   * Projects per request: SonarQube routes the search by project, and with 100 projects its Elasticsearch request line
   * outgrew 4,096 bytes (HTTP 500, "too_long_http_line_exception", measured on 26.9); a batch that fails is halved.
   */
  static final int PROJECTS_PER_REQUEST = 50;
  private static final int PAGE = 500;

  /** Project key → file → rule key → open issues. */
  private final Map<String, Map<String, Map<String, Integer>>> byProjectFileRule = new LinkedHashMap<>();
  private final Set<String> ruleKeys;
  private final LocalApi api;
  private boolean capped;

  private OpenIssues(LocalApi api, List<String> ruleKeys) {
    this.api = api;
    this.ruleKeys = Set.copyOf(ruleKeys);
  }

  /** Reads the open issues of {@code ruleKeys} (repository:key) in these projects. */
  static OpenIssues read(LocalApi api, List<String> ruleKeys, Collection<String> projectKeys) {
    OpenIssues issues = new OpenIssues(api, ruleKeys);
    List<String> keys = new ArrayList<>(projectKeys);
    for (int from = 0; from < keys.size(); from += PROJECTS_PER_REQUEST) {
      issues.batch(keys.subList(from, Math.min(keys.size(), from + PROJECTS_PER_REQUEST)));
    }
    return issues;
  }

  /** Rule key → open issues, in these files of this project. */
  Map<String, Integer> in(String project, Collection<String> files) {
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, Map<String, Integer>> byFile = byProjectFileRule.getOrDefault(project, Map.of());
    for (String file : files) {
      byFile.getOrDefault(file, Map.of()).forEach((rule, count) -> rules.merge(rule, count, Integer::sum));
    }
    return rules;
  }

  /** Rule key → open issues, anywhere in this project. */
  Map<String, Integer> in(String project) {
    return in(project, byProjectFileRule.getOrDefault(project, Map.of()).keySet());
  }

  /** Whether a project had more open issues than one search can return (its counts are then lower bounds). */
  boolean capped() {
    return capped;
  }

  private void batch(List<String> projects) {
    JsonObject first;
    try {
      first = page(projects, 1);
    } catch (IllegalStateException e) {
      if (projects.size() == 1) {
        throw e;
      }
      batch(projects.subList(0, projects.size() / 2));
      batch(projects.subList(projects.size() / 2, projects.size()));
      return;
    }
    long total = first.get("paging").asObject().getLong("total", 0);
    if (total > ProjectListing.SEARCH_WINDOW && projects.size() > 1) {
      int half = projects.size() / 2;
      batch(projects.subList(0, half));
      batch(projects.subList(half, projects.size()));
      return;
    }
    capped |= total > ProjectListing.SEARCH_WINDOW;
    count(first);
    long reachable = Math.min(total, ProjectListing.SEARCH_WINDOW);
    for (int page = 2; (long) (page - 1) * PAGE < reachable; page++) {
      count(page(projects, page));
    }
  }

  private JsonObject page(List<String> projects, int page) {
    return api.get("api/issues/search", Map.of("components", String.join(",", projects), "impactSoftwareQualities", "SECURITY",
      "resolved", "false", "ps", String.valueOf(PAGE), "p", String.valueOf(page)));
  }

  private void count(JsonObject answer) {
    for (JsonValue value : answer.get("issues").asArray()) {
      JsonObject issue = value.asObject();
      if (!ruleKeys.contains(issue.getString("rule", ""))) {
        continue;
      }
      String project = issue.getString("project", "");
      String component = issue.getString("component", "");
      String file = component.startsWith(project + ":") ? component.substring(project.length() + 1) : "";
      byProjectFileRule.computeIfAbsent(project, p -> new LinkedHashMap<>()).computeIfAbsent(file, f -> new TreeMap<>())
        .merge(issue.getString("rule", ""), 1, Integer::sum);
    }
  }
}
