package com.providercredentials.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words shared by all providers ({@code vocabulary.yaml}): those that mark a value as something
 * else than a credential (a digest, an id, a colour), those that may name a credential of any provider,
 * those that mark a placeholder, and the names of services that have no spec ({@code mixpanel}): a secret so named
 * is another service's, even on the line beside an identifier.
 */
public record Vocabulary(Set<String> veto, Set<String> neutral, List<String> placeholders, Set<String> hashingCalls, Set<String> services) {

  public Vocabulary(Set<String> veto, Set<String> neutral, List<String> placeholders, Set<String> hashingCalls) {
    this(veto, neutral, placeholders, hashingCalls, Set.of());
  }

  static final String RESOURCE = "com/providercredentials/core/vocabulary.yaml";
  private static final Vocabulary BUILT_IN = load();

  public static Vocabulary builtIn() {
    return BUILT_IN;
  }

  @SuppressWarnings("unchecked")
  private static Vocabulary load() {
    try {
      Map<String, List<String>> map = (Map<String, List<String>>) SpecTree.load(Vocabulary.class.getClassLoader(), RESOURCE);
      return new Vocabulary(lower(map.get("veto")), lower(map.get("neutral")), List.copyOf(lower(map.get("placeholders"))),
        lower(map.get("hashing-calls")), lower(map.getOrDefault("services", List.of())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
