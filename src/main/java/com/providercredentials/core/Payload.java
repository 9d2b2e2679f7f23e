package com.providercredentials.core;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run that is Base64 (URL-safe or standard, padding optional) of a JSON object with given members: the payload of a
 * JWT ({@code role: service_role} for a Supabase secret key, {@code role: anon} for its public one), the middle of a
 * Mapbox token ({@code {"u": user, "a": id}}). {@code has}: members that must be present; {@code equals}: members
 * whose value (a string, a number or a boolean, as text) must be the one given.
 */
public record Payload(String part, List<String> has, Map<String, String> equals) implements TokenCheck {

  /** Longer payloads are no token's: a JWT's claims are a few hundred characters. */
  static final int MAX_ENCODED = 8192;

  public Payload {
    has = List.copyOf(has);
    equals = Collections.unmodifiableMap(new LinkedHashMap<>(equals));
  }

  @Override
  public boolean holds(Token token) {
    Optional<JsonObject> object = token.part(part).flatMap(Payload::decodeObject);
    if (object.isEmpty()) {
      return false;
    }
    for (String member : has) {
      if (object.get().get(member) == null) {
        return false;
      }
    }
    for (Map.Entry<String, String> member : equals.entrySet()) {
      String value = memberText(object.get(), member.getKey()).orElse(null);
      if (!member.getValue().equals(value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<String> reads() {
    return List.of(part);
  }

  @Override
  public List<String> derived() {
    return List.of(part);
  }

  /** A member of the object, as text: a string's value, a number or a boolean as written; nothing for the others. */
  static Optional<String> memberText(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.isObject() || value.isArray() || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(value.isString() ? value.asString() : value.toString());
  }

  /** The JSON object a Base64 text encodes, if it encodes one. */
  static Optional<JsonObject> decodeObject(String encoded) {
    if (encoded.length() > MAX_ENCODED || encoded.isEmpty()) {
      return Optional.empty();
    }
    String unpadded = encoded.endsWith("==") ? encoded.substring(0, encoded.length() - 2) : encoded.endsWith("=") ? encoded.substring(0, encoded.length() - 1) : encoded;
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(unpadded.replace('+', '-').replace('/', '_'));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length == 0 || bytes[0] != '{') {
      return Optional.empty();
    }
    try {
      JsonValue value = Json.parse(new String(bytes, StandardCharsets.UTF_8));
      return value.isObject() ? Optional.of(value.asObject()) : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      // not JSON, or hostile nesting: no payload
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    List<String> conditions = new ArrayList<>(has);
    equals.forEach((k, v) -> conditions.add(k + "=" + v));
    return "payload(" + part + ")" + conditions;
  }
}
