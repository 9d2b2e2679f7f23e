package com.providercredentials.its;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** What a CI system's status check listens with: an HTTP endpoint on loopback that keeps every payload. */
final class WebhookReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer http;
  private final LinkedBlockingQueue<String> payloads = new LinkedBlockingQueue<>();

  WebhookReceiver() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/sonarqube", exchange -> {
      payloads.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/sonarqube";
  }

  /** The next payload about this project (the server posts it once the analysis is processed). */
  JsonNode next(String projectKey) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      String body = payloads.poll(1, TimeUnit.SECONDS);
      if (body != null) {
        JsonNode payload = JSON.readTree(body);
        if (payload.get("project").get("key").asText().equals(projectKey)) {
          return payload;
        }
      }
    }
    throw new AssertionError("no webhook payload about " + projectKey + " within 90 s");
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
