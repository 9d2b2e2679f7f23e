package com.providercredentials.core;

import com.providercredentials.core.ShapePart.Literal;
import com.providercredentials.core.ShapePart.Requirement;
import com.providercredentials.core.ShapePart.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code shape} of an identifier or a secret from the tree of its spec (docs/spec-format.md): the simple
 * form {@code {prefixes, alphabet, length, require}}, or the composite form {@code {parts, checksum, payload}}. Errors
 * name the spec and the path of the offending node.
 */
final class ShapeParser {

  private static final Set<String> SIMPLE_KEYS = Set.of("prefixes", "alphabet", "length", "require");
  private static final Set<String> COMPOSITE_KEYS = Set.of("parts", "checksum", "payload");
  private static final Set<String> RUN_KEYS = Set.of("name", "alphabet", "length", "require", "random");
  private static final Set<String> CHECKSUM_KEYS = Set.of("algorithm", "of", "in");
  private static final Set<String> PAYLOAD_KEYS = Set.of("part", "has", "equals");
  private static final Map<String, Shape.Alphabet> ALIASES = Map.of("base62", Shape.Alphabet.ALNUM, "base64url", Shape.Alphabet.BASE64_URL,
    "digit", Shape.Alphabet.DIGITS, "numeric", Shape.Alphabet.DIGITS);

  private final String source;

  private ShapeParser(String source) {
    this.source = source;
  }

  /** The shape at {@code path} of the spec {@code source}. */
  static Shape parse(String source, String path, Object tree) {
    return new ShapeParser(source).shape(path, tree);
  }

  private Shape shape(String path, Object tree) {
    Map<String, Object> map = map(path, tree);
    if (!map.containsKey("parts")) {
      keys(path, map, SIMPLE_KEYS);
      int[] length = length(path, map.get("length"));
      List<String> prefixes = strings(path + "/prefixes", map.getOrDefault("prefixes", List.of()));
      Run body = new Run(null, alphabet(path, map.get("alphabet")), length[0], length[1], requirements(path, map.get("require")), true);
      try {
        // prefixes of which one starts another are matched as a composite shape (every one is tried)
        return Shape.of(prefixes.isEmpty() ? List.of(body) : List.of(new Literal(prefixes), body), List.of());
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }
    keys(path, map, COMPOSITE_KEYS);
    if (!(map.get("parts") instanceof List<?> items) || items.isEmpty()) {
      throw error(path + "/parts", "expected a list of literals and runs");
    }
    List<ShapePart> parts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      parts.add(part(path + "/parts[" + i + "]", items.get(i)));
    }
    List<TokenCheck> checks = new ArrayList<>();
    if (map.containsKey("checksum")) {
      Map<String, Object> checksum = map(path + "/checksum", map.get("checksum"));
      keys(path + "/checksum", checksum, CHECKSUM_KEYS);
      Checksum.Algorithm algorithm;
      try {
        algorithm = Checksum.Algorithm.named(text(path + "/checksum", checksum, "algorithm"));
      } catch (IllegalArgumentException e) {
        throw error(path + "/checksum", "unknown algorithm '" + checksum.get("algorithm") + "', expected crc32-base62");
      }
      checks.add(new Checksum(algorithm, text(path + "/checksum", checksum, "of"), text(path + "/checksum", checksum, "in")));
    }
    Object payloads = map.get("payload");
    List<?> payloadList = payloads == null ? List.of() : payloads instanceof List<?> list ? list : List.of(payloads);
    for (int i = 0; i < payloadList.size(); i++) {
      String at = path + "/payload" + (payloads instanceof List<?> ? "[" + i + "]" : "");
      Map<String, Object> payload = map(at, payloadList.get(i));
      keys(at, payload, PAYLOAD_KEYS);
      Map<String, String> equals = new LinkedHashMap<>();
      if (payload.containsKey("equals")) {
        map(at + "/equals", payload.get("equals")).forEach((k, v) -> equals.put(k, String.valueOf(v)));
      }
      checks.add(new Payload(text(at, payload, "part"), strings(at + "/has", payload.getOrDefault("has", List.of())), equals));
    }
    try {
      return Shape.of(parts, checks);
    } catch (IllegalArgumentException e) {
      throw error(path, e.getMessage());
    }
  }

  /** A literal ({@code SG.}), alternatives ({@code [ghp_, gho_]}), {@code {literal: ...}}, or a run ({@code {alphabet, length}}). */
  private ShapePart part(String path, Object item) {
    try {
      if (item instanceof String || item instanceof Integer) {
        return Literal.of(String.valueOf(item));
      }
      if (item instanceof List<?> alternatives) {
        return new Literal(strings(path, alternatives));
      }
      Map<String, Object> map = map(path, item);
      if (map.containsKey("literal")) {
        keys(path, map, Set.of("literal"));
        Object literal = map.get("literal");
        return literal instanceof List<?> alternatives ? new Literal(strings(path, alternatives)) : Literal.of(String.valueOf(literal));
      }
      keys(path, map, RUN_KEYS);
      int[] length = length(path, map.get("length"));
      Object random = map.getOrDefault("random", Boolean.TRUE);
      if (!(random instanceof Boolean)) {
        throw error(path, "random must be true or false");
      }
      Object name = map.get("name");
      return new Run(name == null ? null : String.valueOf(name), alphabet(path, map.get("alphabet")), length[0], length[1],
        requirements(path, map.get("require")), (Boolean) random);
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(source) ? e : error(path, e.getMessage());
    }
  }

  private Shape.Alphabet alphabet(String path, Object name) {
    if (name == null) {
      throw error(path, "missing 'alphabet'");
    }
    String key = String.valueOf(name).toLowerCase(Locale.ROOT);
    if (ALIASES.containsKey(key)) {
      return ALIASES.get(key);
    }
    try {
      return Shape.Alphabet.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw error(path, "unknown alphabet '" + name + "'");
    }
  }

  /** {@code N}, {@code [min, max]} or {@code {min, max}}. */
  private int[] length(String path, Object length) {
    if (length instanceof Integer exact) {
      return new int[] {exact, exact};
    }
    if (length instanceof List<?> bounds && bounds.size() == 2 && bounds.get(0) instanceof Integer lo && bounds.get(1) instanceof Integer hi) {
      return new int[] {lo, hi};
    }
    if (length instanceof Map<?, ?> bounds && bounds.size() == 2 && bounds.get("min") instanceof Integer lo && bounds.get("max") instanceof Integer hi) {
      return new int[] {lo, hi};
    }
    throw error(path, "length must be a number or [min, max]");
  }

  private List<Requirement> requirements(String path, Object require) {
    List<Requirement> requirements = new ArrayList<>();
    for (String name : strings(path + "/require", require == null ? List.of() : require)) {
      try {
        requirements.add(Requirement.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw error(path + "/require", "unknown requirement '" + name + "', expected upper, lower or digit");
      }
    }
    return requirements;
  }

  private String text(String path, Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      throw error(path, "missing '" + key + "'");
    }
    return String.valueOf(value);
  }

  private List<String> strings(String path, Object list) {
    if (!(list instanceof List<?> items)) {
      throw error(path, "expected a list");
    }
    return items.stream().map(String::valueOf).toList();
  }

  private void keys(String path, Map<String, Object> map, Set<String> allowed) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw error(path, "unknown key '" + key + "', expected one of " + allowed.stream().sorted().toList());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(String path, Object tree) {
    if (tree instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw error(path, "expected a mapping");
  }

  private IllegalArgumentException error(String path, String message) {
    return new IllegalArgumentException(source + (path.isEmpty() ? "" : (" at " + path)) + ": " + message);
  }
}
