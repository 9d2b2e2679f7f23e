package com.providercredentials.its;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real SonarQube Community Build with the plugin installed, started and stopped through
 * {@code tools/sonarqube.sh} (the same launcher as the demo), and its web API.
 */
public final class SonarQube {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final Path pluginJar;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  SonarQube(Path root, Path pluginJar, int port) {
    this.root = root;
    this.pluginJar = pluginJar;
    this.port = port;
  }

  static SonarQube fromSystemProperties() {
    Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    Path jar = Path.of(System.getProperty("plugin.jar")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("The plugin jar is missing: " + jar + " (build it first with mvn package at the root)");
    }
    return new SonarQube(root, jar, Integer.parseInt(System.getProperty("its.port", "9100")));
  }

  public String url() {
    return "http://localhost:" + port;
  }

  public Path root() {
    return root;
  }

  void start() {
    // the webhook receiver of PullRequestFlowTest listens on loopback, which SonarQube refuses by default
    Result result = launcher(Map.of("SONAR_FRESH", "1", "SONAR_LOOPBACK_WEBHOOKS", "1"), "start", pluginJar.toString());
    if (result.exitCode() != 0) {
      throw new IllegalStateException("SonarQube did not start:\n" + result.output());
    }
  }

  void stop() {
    launcher(Map.of(), "stop");
  }

  /**
   * Runs sonar-scanner-cli on a project directory and waits until the server has processed the report;
   * the output is the scanner's log.
   */
  public Result scan(Path project, String key, String... scannerArguments) {
    return scanWithEnvironment(Map.of(), project, key, scannerArguments);
  }

  /** The same, with the given token instead of a new global analysis token. */
  public Result scanWithToken(Path project, String key, String token, String... scannerArguments) {
    return scanWithEnvironment(Map.of("SONAR_TOKEN", token), project, key, scannerArguments);
  }

  private Result scanWithEnvironment(Map<String, String> env, Path project, String key, String... scannerArguments) {
    List<String> args = new ArrayList<>(List.of("scan", project.toString(), key));
    args.addAll(List.of(scannerArguments));
    Result result = launcher(env, args.toArray(String[]::new));
    Matcher task = CE_TASK.matcher(result.output());
    if (task.find()) {
      waitForTask(task.group(1));
    }
    return result;
  }

  private static final Pattern CE_TASK = Pattern.compile("api/ce/task\\?id=([\\w-]+)");

  private void waitForTask(String id) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      String status = get("api/ce/task", Map.of("id", id)).get("task").get("status").asText();
      if (!status.equals("PENDING") && !status.equals("IN_PROGRESS")) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("The server did not process the analysis report " + id + " in time");
  }

  public record Result(int exitCode, String output) {
  }

  private Result launcher(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("tools/sonarqube.sh").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SONAR_INSTANCE", System.getProperty("its.instance", "its"));
    builder.environment().put("SONAR_PORT", Integer.toString(port));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(20, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("Timed out: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET a web service as admin. */
  public JsonNode get(String path, Map<String, String> params) {
    return JSON_read(request("GET", path, params, "admin:admin"));
  }

  /** GET a web service with a token or user:password; returns the raw response. */
  public HttpResponse<String> getAs(String credentials, String path, Map<String, String> params) {
    return send("GET", path, params, credentials);
  }

  public JsonNode post(String path, Map<String, String> params) {
    return JSON_read(request("POST", path, params, "admin:admin"));
  }

  private String request(String method, String path, Map<String, String> params, String credentials) {
    HttpResponse<String> response = send(method, path, params, credentials);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " " + params + " -> " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> send(String method, String path, Map<String, String> params, String credentials) {
    String query = params.entrySet().stream()
      .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
      .collect(Collectors.joining("&"));
    String auth = credentials.contains(":") ? credentials : (credentials + ":");
    HttpRequest.Builder builder = HttpRequest.newBuilder()
      .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
      .timeout(Duration.ofSeconds(60));
    if (method.equals("GET")) {
      builder.uri(URI.create(url() + "/" + path + (query.isEmpty() ? "" : "?" + query))).GET();
    } else {
      builder.uri(URI.create(url() + "/" + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(query));
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Parses a JSON answer. */
  public JsonNode json(String body) {
    return JSON_read(body);
  }

  /** Deletes a project left by an earlier run on a reused server. */
  public void deleteProjectIfExists(String key) {
    HttpResponse<String> response = send("POST", "api/projects/delete", Map.of("project", key), "admin:admin");
    if (response.statusCode() != 204 && response.statusCode() != 200 && response.statusCode() != 404) {
      throw new IllegalStateException("api/projects/delete " + key + " -> " + response.statusCode() + " " + response.body());
    }
  }

  /** A user with no permission of its own beyond the groups every user is in. */
  public void createUserIfAbsent(String login, String password) {
    HttpResponse<String> response = send("POST", "api/users/create", Map.of("login", login, "name", login, "password", password), "admin:admin");
    if (response.statusCode() / 100 != 2 && !response.body().contains("already exists")) {
      throw new IllegalStateException("api/users/create " + login + " -> " + response.statusCode() + " " + response.body());
    }
  }

  private static JsonNode JSON_read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every issue of a project, as "rule file:line message", for the rules of our repositories. */
  public List<Issue> issues(String projectKey) {
    return issues(projectKey, rule -> rule.startsWith("credentials-"));
  }

  /** Every issue of a project whose rule key ({@code repository:key}) passes the filter. */
  public List<Issue> issues(String projectKey, java.util.function.Predicate<String> rules) {
    List<Issue> issues = new ArrayList<>();
    int page = 1;
    while (true) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("components", projectKey);
      params.put("ps", "500");
      params.put("p", Integer.toString(page));
      params.put("additionalFields", "_all");
      JsonNode response = get("api/issues/search", params);
      for (JsonNode issue : response.get("issues")) {
        String rule = issue.get("rule").asText();
        if (rules.test(rule)) {
          String file = issue.get("component").asText().substring(projectKey.length() + 1);
          int line = issue.has("line") ? issue.get("line").asInt() : 0;
          issues.add(new Issue(rule, file, line, issue.get("message").asText(), issue));
        }
      }
      if (page * 500 >= response.get("paging").get("total").asInt()) {
        return issues;
      }
      page++;
    }
  }

  public record Issue(String rule, String file, int line, String message, JsonNode json) {
    @Override
    public String toString() {
      return rule + " " + file + ":" + line + " " + message;
    }
  }
}
