package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pair by position (docs/adr/017): a secret written on the line before or after its provider's identifier, or on
 * the same line, goes with it whatever its names when a name holds it (not only a function that returns it), unless a word of them says it is something else. Vetoes (hash words)
 * are the caller's; here a word vetoes when it names another provider (a spec's {@code words}) or a service without a
 * spec ({@code vocabulary.yaml}'s {@code services}: {@code MIXPANEL_TOKEN} beside {@code ACCOUNT_SID}). "Beside" is
 * at most {@link ReferencePlaces#BESIDE} lines between where the two are written or referenced (their vias: a
 * {@code buildConfigField} reading a property), in the same file.
 */
final class BesideNames {

  private final Set<String> services;
  /** By provider id, the words of every other provider. */
  private final Map<String, Set<String>> othersWords = new HashMap<>();

  BesideNames(Vocabulary vocabulary, List<ProviderSpec> specs) {
    this.services = vocabulary.services();
    for (ProviderSpec spec : specs) {
      Set<String> others = new HashSet<>();
      for (ProviderSpec other : specs) {
        if (other != spec) {
          others.addAll(other.words());
        }
      }
      others.removeAll(spec.words());
      othersWords.put(spec.id(), others);
    }
  }

  /** Whether the secret, named so, pairs with the identifier by position alone. */
  boolean pairs(ProviderSpec spec, Set<String> nameWords, IdentifierHit pair, Occurrence secret) {
    if (!secret.held) {
      return false;
    }
    Set<String> others = othersWords.getOrDefault(spec.id(), Set.of());
    for (String word : nameWords) {
      if (services.contains(word) || others.contains(word)) {
        return false;
      }
    }
    return adjacent(pair.occurrence(), secret);
  }

  /** Whether two occurrences, or references to them, stand in one file at most {@link ReferencePlaces#BESIDE} lines apart. */
  static boolean adjacent(Occurrence first, Occurrence second) {
    for (SourceRange a : places(first)) {
      for (SourceRange b : places(second)) {
        if (a.file().equals(b.file()) && gap(a, b) <= ReferencePlaces.BESIDE) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<SourceRange> places(Occurrence occurrence) {
    List<SourceRange> places = new ArrayList<>(1 + occurrence.vias.size());
    places.add(occurrence.range);
    for (Secondary via : occurrence.vias) {
      places.add(via.location());
    }
    return places;
  }

  /** Lines between two ranges: 0 when they share a line. */
  private static int gap(SourceRange a, SourceRange b) {
    return Math.max(0, Math.max(a.startLine(), b.startLine()) - Math.min(a.endLine(), b.endLine()));
  }
}
