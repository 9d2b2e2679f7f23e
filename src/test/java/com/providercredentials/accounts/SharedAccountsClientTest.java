package com.providercredentials.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server that answers as SonarQube would, and as it fails. */
class SharedAccountsClientTest {

  private static final String FP1 = "0123456789abcdef0123456789abcdef";
  private static final String FP2 = "fedcba9876543210fedcba9876543210";

  private HttpServer server;
  private final List<String> requests = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void names_the_other_projects_by_fingerprint() throws IOException {
    answer(200, """
      {"sharedAccounts": [
        {"provider": "twilio", "fingerprint": "%s", "masked": "AC…9f3e",
         "projects": [{"key": "maps", "name": "Maps app", "files": ["a"]}, {"key": "rides", "name": "Rides app", "files": []}]}
      ], "projectsRead": 3}""".formatted(FP1));

    SharedAccountsClient.Outcome outcome = client("squ_token", Duration.ofSeconds(5)).lookup(List.of(FP2, FP1), "this-project");

    assertThat(outcome.skipped()).isNull();
    assertThat(outcome.projectsByFingerprint()).isEqualTo(Map.of(FP1, List.of("Maps app", "Rides app")));
    assertThat(outcome.requests()).isOne();
    assertThat(requests).containsExactly("/api/credentials/shared_accounts?fingerprints=" + FP1 + "," + FP2 + "&exclude=this-project");
    assertThat(authorizations).containsExactly("Bearer squ_token");
    assertThat(outcome.partial()).isNull();
  }

  @Test
  void says_when_the_server_could_not_list_every_project() throws IOException {
    answer(200, "{\"sharedAccounts\": [], \"projectsRead\": 19990, \"projectsReadable\": 19000, \"projectsTotal\": 20000, "
      + "\"projectsUnread\": 10}");
    SharedAccountsClient.Outcome outcome = client("t", Duration.ofSeconds(5)).lookup(List.of(FP1), "p");
    assertThat(outcome.skipped()).isNull();
    assertThat(outcome.partial()).isEqualTo("the server could list only 19990 of the 20000 analysed projects it may browse");
  }

  @Test
  void asks_in_batches_of_a_hundred() throws IOException {
    answer(200, "{\"sharedAccounts\": []}");
    List<String> fingerprints = IntStream.range(0, 250).mapToObj(i -> "%032x".formatted(i)).toList();

    SharedAccountsClient.Outcome outcome = client("t", Duration.ofSeconds(5)).lookup(fingerprints, "p");

    assertThat(outcome.skipped()).isNull();
    assertThat(outcome.requests()).isEqualTo(3);
    assertThat(requests).hasSize(3).allSatisfy(r -> assertThat(r.length()).isLessThan(4000));
  }

  @Test
  void every_failure_is_a_reason_never_an_exception() throws IOException {
    assertThat(outcome(401, "{}")).contains("did not accept the analysis token").contains("401");
    assertThat(outcome(403, "{}")).contains("may not read other projects").contains("project analysis token");
    assertThat(outcome(404, "{}")).contains("does not offer api/credentials/shared_accounts").contains("older version");
    assertThat(outcome(500, "{}")).isEqualTo("the server answered HTTP 500");
    assertThat(outcome(200, "<html>not json</html>")).isEqualTo("the server's answer was not understood");
    assertThat(outcome(200, "{\"sharedAccounts\": 3}")).isEqualTo("the server's answer was not understood");
    // a project analysis token: the server counts the other projects but the token may read none of them
    assertThat(outcome(200, "{\"sharedAccounts\": [], \"projectsRead\": 1, \"projectsReadable\": 0, \"projectsTotal\": 12}"))
      .startsWith("the analysis token may read no other project on this server (a project analysis token");
    // the first project of a new server: nothing else to read, nothing skipped
    assertThat(outcome(200, "{\"sharedAccounts\": [], \"projectsRead\": 1, \"projectsReadable\": 0, \"projectsTotal\": 1}")).isNull();
  }

  @Test
  void no_token_means_no_request() {
    SharedAccountsClient.Outcome outcome = new SharedAccountsClient("http://127.0.0.1:9", null, Duration.ofSeconds(1)).lookup(List.of(FP1), "p");
    assertThat(outcome.skipped()).isEqualTo("the analysis has no token to ask the server about other projects");
    assertThat(outcome.requests()).isZero();
  }

  @Test
  void a_server_that_is_not_there() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SharedAccountsClient.Outcome outcome = new SharedAccountsClient("http://127.0.0.1:" + port, "t", Duration.ofSeconds(2)).lookup(List.of(FP1), "p");
    assertThat(outcome.skipped()).startsWith("the server could not be reached (");
  }

  @Test
  void a_server_that_does_not_answer_in_time() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();

    SharedAccountsClient.Outcome outcome = client("t", Duration.ofMillis(300)).lookup(List.of(FP1), "p");

    assertThat(outcome.skipped()).isEqualTo("the server did not answer within 300 ms");
  }

  private String outcome(int status, String body) throws IOException {
    if (server != null) {
      server.stop(0);
    }
    answer(status, body);
    return client("t", Duration.ofSeconds(5)).lookup(List.of(FP1), "p").skipped();
  }

  private SharedAccountsClient client(String token, Duration timeout) {
    return new SharedAccountsClient("http://127.0.0.1:" + server.getAddress().getPort(), token, timeout);
  }

  private void answer(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }
}
