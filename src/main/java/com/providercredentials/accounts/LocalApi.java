package com.providercredentials.accounts;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sonar.api.server.ws.LocalConnector;

/**
 * SonarQube's own web services, called in-process <em>as the caller</em> of our web service: SonarQube applies the
 * caller's permissions to every answer, so nothing we return can hold what the caller may not browse. Counts its
 * requests (they are the cost of our answers, reported in them and measured in docs/benchmarks.md).
 */
final class LocalApi {

  private final LocalConnector connector;
  private int requests;

  LocalApi(LocalConnector connector) {
    this.connector = connector;
  }

  int requests() {
    return requests;
  }

  /** The JSON answer of a GET; fails on any status but 200. */
  JsonObject get(String path, Map<String, String> params) {
    requests++;
    LocalConnector.LocalResponse response = connector.call(new Get(path, params));
    if (response.getStatus() != 200) {
      throw new IllegalStateException(path + " answered HTTP " + response.getStatus());
    }
    return Json.parse(new String(response.getBytes(), StandardCharsets.UTF_8)).asObject();
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
