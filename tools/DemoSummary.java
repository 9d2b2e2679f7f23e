import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints what the plugin found in a project, read back from the server's web API: the issues of our
 * rules by rule and file, the quality gate, and where to look. Run with the JDK alone:
 * {@code java tools/DemoSummary.java http://localhost:9000 PROJECT_KEY}.
 */
public final class DemoSummary {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String project = args[1];
    List<Map<String, Object>> issues = new ArrayList<>();
    for (int page = 1; ; page++) {
      Map<String, Object> response = get(url, "api/issues/search", Map.of("components", project, "ps", "500", "p", Integer.toString(page),
        "resolved", "false"));
      for (Object issue : list(response.get("issues"))) {
        Map<String, Object> map = map(issue);
        if (String.valueOf(map.get("rule")).startsWith("credentials-")) {
          issues.add(map);
        }
      }
      if (page * 500 >= number(map(response.get("paging")).get("total"))) {
        break;
      }
    }
    Map<String, Map<String, List<String>>> byRule = new TreeMap<>();
    for (Map<String, Object> issue : issues) {
      String rule = String.valueOf(issue.get("rule"));
      String file = String.valueOf(issue.get("component")).substring(project.length() + 1);
      Object line = issue.get("line");
      byRule.computeIfAbsent(rule, r -> new TreeMap<>()).computeIfAbsent(file, f -> new ArrayList<>())
        .add(String.format("%5s  %s", line == null ? "" : ((Number) line).intValue(), issue.get("message")));
    }
    System.out.println();
    System.out.printf("Provider Credentials found %d hard-coded credential(s) in '%s':%n", issues.size(), project);
    for (Map.Entry<String, Map<String, List<String>>> rule : byRule.entrySet()) {
      int count = rule.getValue().values().stream().mapToInt(List::size).sum();
      System.out.printf("%n  %s (%d)%n", rule.getKey(), count);
      for (Map.Entry<String, List<String>> file : rule.getValue().entrySet()) {
        System.out.printf("    %s%n", file.getKey());
        file.getValue().forEach(line -> System.out.printf("      %s%n", line));
      }
    }
    Map<String, Object> gate = map(get(url, "api/qualitygates/project_status", Map.of("projectKey", project)).get("projectStatus"));
    String status = String.valueOf(gate.get("status"));
    List<String> failing = new ArrayList<>();
    for (Object condition : list(gate.get("conditions"))) {
      Map<String, Object> c = map(condition);
      if ("ERROR".equals(c.get("status"))) {
        failing.add(c.get("metricKey") + " = " + c.get("actualValue"));
      }
    }
    System.out.println();
    System.out.printf("Quality gate: %s%s%n", status.equals("ERROR") ? "FAILED" : (status.equals("OK") ? "PASSED" : status),
      failing.isEmpty() ? "" : (" (" + String.join(", ", failing) + ")"));
    System.out.printf("Dashboard:    %s/dashboard?id=%s%n", url, URLEncoder.encode(project, StandardCharsets.UTF_8));
    System.out.printf("Issues:       %s/project/issues?id=%s&rules=%s%n", url, URLEncoder.encode(project, StandardCharsets.UTF_8),
      URLEncoder.encode(String.join(",", byRule.keySet()), StandardCharsets.UTF_8));
    System.out.println("Login:        admin / admin");
  }

  private static Map<String, Object> get(String url, String path, Map<String, String> params) throws Exception {
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/" + path + query))
      .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
      .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return map(new Json(response.body()).value());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List ? (List<Object>) value : List.of();
  }

  private static int number(Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }

  /** Just enough JSON for the web API's answers. */
  private static final class Json {
    private final String text;
    private int at;

    Json(String text) {
      this.text = text;
    }

    Object value() {
      skipSpaces();
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpaces();
        if (text.charAt(at) == '}') {
          at++;
          return map;
        }
        do {
          skipSpaces();
          String key = string();
          skipSpaces();
          at++; // ':'
          map.put(key, value());
          skipSpaces();
        } while (text.charAt(at++) == ',');
        return map;
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpaces();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        do {
          list.add(value());
          skipSpaces();
        } while (text.charAt(at++) == ',');
        return list;
      }
      if (c == '"') {
        return string();
      }
      int start = at;
      while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      String word = text.substring(start, at);
      return switch (word) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> Double.valueOf(word);
      };
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++; // opening quote
      while (text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
      at++;
      return out.toString();
    }

    private void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
