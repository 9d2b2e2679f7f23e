package com.providercredentials.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonar.api.server.ws.LocalConnector;
import org.sonar.api.utils.text.JsonWriter;

/**
 * A stand-in for the SonarQube web services that ours call in-process, as the caller: {@code search_projects} with its
 * filters, sort and 10,000-result window, {@code measures/search} and {@code issues/search}. The real ones are
 * exercised by its/SharedAccountsTest and its/ProviderCredentialsPageTest.
 */
final class FakeSonarQube implements LocalConnector {

  /** A project the caller may browse; status null: never analysed. */
  record Project(String key, String name, String status, Long ncloc, String measure) {
  }

  /** An open issue of one of our rules. */
  record Issue(String project, String file, String rule) {
  }

  private static final Pattern CONDITION = Pattern.compile("(\\w+) (=|>=|<) (\\w+)");

  final Map<String, Project> projects = new LinkedHashMap<>();
  final List<Issue> issues = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  /** The only project whose measures the caller may read, as with a project analysis token; null: all. */
  String onlyReadable;
  int window = ProjectListing.SEARCH_WINDOW;
  /** More projects in one issue search fail (SonarQube 26.9's Elasticsearch request line outgrows 4,096 bytes). */
  int maxIssueProjects = 50;

  FakeSonarQube project(String key, String name, String measure) {
    return project(key, name, "OK", 100L, measure);
  }

  FakeSonarQube project(String key, String name, String status, Long ncloc, String measure) {
    projects.put(key, new Project(key, name, status, ncloc, measure));
    return this;
  }

  FakeSonarQube issue(String project, String file, String rule) {
    issues.add(new Issue(project, file, rule));
    return this;
  }

  long calls(String path) {
    return calls.stream().filter(c -> c.equals(path)).count();
  }

  @Override
  public LocalResponse call(LocalRequest request) {
    calls.add(request.getPath());
    if (request.getPath().equals("api/issues/search") && request.getParam("components").split(",").length > maxIssueProjects) {
      return response(500, "{\"errors\":[{\"msg\":\"An error has occurred. Please contact your administrator\"}]}");
    }
    StringWriter out = new StringWriter();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.beginObject();
      switch (request.getPath()) {
        case "api/components/search_projects" -> {
          int size = Integer.parseInt(request.getParam("ps"));
          int page = Integer.parseInt(request.getParam("p"));
          assertThat(size).isLessThanOrEqualTo(500);
          if (page * size > window) {
            return response(400, "{\"errors\":[{\"msg\":\"Can return only the first " + window + " results.\"}]}");
          }
          Comparator<Project> byName = Comparator.comparing(Project::name).thenComparing(Project::key);
          List<Project> found = projects.values().stream().filter(filter(request.getParam("filter")))
            .sorted("false".equals(request.getParam("asc")) ? byName.reversed() : byName).toList();
          json.name("paging").beginObject().prop("pageIndex", page).prop("pageSize", size).prop("total", found.size()).endObject();
          json.name("components").beginArray();
          // a project analysis token is counted every project its user may browse, and given its own only
          found.subList(Math.min(found.size(), (page - 1) * size), Math.min(found.size(), page * size)).stream()
            .filter(p -> onlyReadable == null || onlyReadable.equals(p.key()))
            .forEach(p -> json.beginObject().prop("key", p.key()).prop("name", p.name()).endObject());
          json.endArray();
        }
        case "api/measures/search" -> {
          List<String> keys = List.of(request.getParam("projectKeys").split(","));
          assertThat(keys).hasSizeLessThanOrEqualTo(100);
          assertThat(request.getParam("metricKeys")).isEqualTo(AccountsMetric.KEY + ",alert_status");
          json.name("measures").beginArray();
          keys.stream().filter(k -> onlyReadable == null || onlyReadable.equals(k)).map(projects::get).forEach(p -> {
            if (p.status() != null) {
              json.beginObject().prop("metric", "alert_status").prop("component", p.key()).prop("value", p.status()).endObject();
            }
            if (p.measure() != null) {
              json.beginObject().prop("metric", AccountsMetric.KEY).prop("component", p.key()).prop("value", p.measure()).endObject();
            }
          });
          json.endArray();
        }
        case "api/issues/search" -> {
          Set<String> components = Set.of(request.getParam("components").split(","));
          assertThat(request.getParam("resolved")).isEqualTo("false");
          assertThat(request.getParam("impactSoftwareQualities")).isEqualTo("SECURITY");
          int size = Integer.parseInt(request.getParam("ps"));
          int page = Integer.parseInt(request.getParam("p"));
          if (page * size > window) {
            return response(400, "{}");
          }
          List<Issue> found = issues.stream().filter(i -> components.contains(i.project())).toList();
          json.name("paging").beginObject().prop("pageIndex", page).prop("pageSize", size).prop("total", found.size()).endObject();
          json.name("issues").beginArray();
          found.subList(Math.min(found.size(), (page - 1) * size), Math.min(found.size(), page * size))
            .forEach(i -> json.beginObject().prop("project", i.project()).prop("component", i.project() + ":" + i.file())
              .prop("rule", i.rule()).endObject());
          json.endArray();
        }
        default -> throw new IllegalArgumentException(request.getPath());
      }
      json.endObject();
    }
    return response(200, out.toString());
  }

  /** The filters our listing sends: {@code alert_status = S}, {@code ncloc >= N}, {@code ncloc < N}, joined by "and". */
  private static Predicate<Project> filter(String filter) {
    Predicate<Project> all = p -> true;
    for (String condition : filter.split(" and ")) {
      Matcher m = CONDITION.matcher(condition.trim());
      assertThat(m.matches()).as(condition).isTrue();
      String field = m.group(1);
      String op = m.group(2);
      String value = m.group(3);
      Predicate<Project> test = switch (field + op) {
        case "alert_status=" -> p -> value.equals(p.status());
        case "ncloc>=" -> p -> p.ncloc() != null && p.ncloc() >= Long.parseLong(value);
        case "ncloc<" -> p -> p.ncloc() != null && p.ncloc() < Long.parseLong(value);
        default -> throw new IllegalArgumentException(condition);
      };
      all = all.and(test);
    }
    return all;
  }

  private static LocalResponse response(int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new LocalResponse() {
      @Override
      public int getStatus() {
        return status;
      }

      @Override
      public String getMediaType() {
        return "application/json";
      }

      @Override
      public byte[] getBytes() {
        return bytes;
      }

      @Override
      public Collection<String> getHeaderNames() {
        return Set.of();
      }

      @Override
      public String getHeader(String name) {
        return null;
      }
    };
  }
}
