package com.providercredentials.accounts;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.Nullable;

/**
 * The scanner's side of the cross-project lookup: asks the server's {@code api/credentials/shared_accounts}
 * which other projects hold the same accounts, by fingerprint only, in batches of {@link #BATCH}. The server
 * answers only with projects the token may browse.
 *
 * <p>Never fails an analysis: every failure comes back as {@link Outcome#skipped} with the reason, which the
 * sensor logs in one line.
 */
public final class SharedAccountsClient implements SharedAccountsLookup {

  public static final String PATH = "api/credentials/shared_accounts";
  /** Fingerprints per request: keeps the URL far below the servers' 8 KB limit. */
  static final int BATCH = 100;

  private final String serverUrl;
  @Nullable
  private final String token;
  private final Duration timeout;

  public SharedAccountsClient(String serverUrl, @Nullable String token, Duration timeout) {
    this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
    this.token = token;
    this.timeout = timeout;
  }

  /** The other projects by fingerprint, or why they could not be known. */
  public record Outcome(Map<String, List<String>> projectsByFingerprint, @Nullable String skipped, int requests, @Nullable String partial) {
    public Outcome(Map<String, List<String>> projectsByFingerprint, @Nullable String skipped, int requests) {
      this(projectsByFingerprint, skipped, requests, null);
    }

    public static Outcome skip(String reason, int requests) {
      return new Outcome(Map.of(), reason, requests);
    }
  }

  /** Which projects other than {@code projectKey} hold these fingerprints. */
  @Override
  public Outcome lookup(Collection<String> fingerprints, String projectKey) {
    if (token == null || token.isBlank()) {
      return Outcome.skip("the analysis has no token to ask the server about other projects", 0);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    Map<String, List<String>> result = new TreeMap<>();
    List<String> all = new ArrayList<>(new TreeSet<>(fingerprints));
    int requests = 0;
    long[] unread = {0, 0, 0};
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        return Outcome.skip("the server did not answer within " + timeout.toMillis() + " ms", requests);
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + PATH + "?fingerprints=" + String.join(",", batch)
          + "&exclude=" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8)))
        .timeout(left)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .GET().build();
      HttpResponse<String> response;
      try {
        requests++;
        response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (HttpTimeoutException e) {
        return Outcome.skip("the server did not answer within " + timeout.toMillis() + " ms", requests);
      } catch (IOException e) {
        return Outcome.skip("the server could not be reached (" + e.getClass().getSimpleName() + ")", requests);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.skip("the lookup was interrupted", requests);
      }
      String failure = failure(response.statusCode());
      if (failure != null) {
        return Outcome.skip(failure, requests);
      }
      try {
        if (!read(response.body(), result, unread)) {
          return Outcome.skip("the analysis token may read no other project on this server (a project analysis token reads only its own "
            + "project: use a token of a user who may browse the other projects)", requests);
        }
      } catch (RuntimeException e) {
        return Outcome.skip("the server's answer was not understood", requests);
      }
    }
    String partial = unread[2] > 0
      ? "the server could list only " + (unread[0] - unread[2]) + " of the " + unread[0] + " analysed projects it may browse" : null;
    return new Outcome(result, null, requests, partial);
  }

  @Nullable
  private static String failure(int status) {
    return switch (status) {
      case 200 -> null;
      case 401 -> "the server did not accept the analysis token for reading other projects (HTTP 401)";
      case 403 -> "the analysis token may not read other projects (HTTP 403; a project analysis token can only analyse its project: "
        + "use a token of a user who may browse the other projects)";
      case 404 -> "the server does not offer " + PATH + " (HTTP 404: an older version of the plugin on the server?)";
      default -> "the server answered HTTP " + status;
    };
  }

  /**
   * Reads an answer into {@code result}; false when the server counts other analysed projects but the token may read none
   * of them (a project analysis token).
   */
  private static boolean read(String body, Map<String, List<String>> result, long[] totalReadUnread) {
    JsonObject answer = Json.parse(body).asObject();
    totalReadUnread[0] = answer.getLong("projectsTotal", 0);
    totalReadUnread[1] = answer.getLong("projectsRead", 0);
    totalReadUnread[2] = answer.getLong("projectsUnread", 0);
    JsonArray accounts = answer.get("sharedAccounts").asArray();
    for (JsonValue accountValue : accounts) {
      JsonObject account = accountValue.asObject();
      String fingerprint = account.getString("fingerprint", "");
      for (JsonValue projectValue : account.get("projects").asArray()) {
        JsonObject project = projectValue.asObject();
        String name = project.getString("name", project.getString("key", "?"));
        List<String> names = result.computeIfAbsent(fingerprint, f -> new ArrayList<>());
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    // other analysed projects exist for the token's user, and the token may read none: a project analysis token (it is
    // counted every project its user may browse, and given its own only)
    return answer.getLong("projectsReadable", 1) > 0 || answer.getLong("projectsTotal", 0) <= 1;
  }
}
