package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The identifiers of one detection by the lines they stand on: where they are written, and where a reference to them
 * is ({@link Occurrence#vias}: a {@code buildConfigField} or a manifest meta-data that reads them from a properties
 * file or a resource). The last resort of {@link IdentifierIndex#paired}: an identifier on the line next to where the
 * secret, or a reference to it, is written ({@code UPLOAD_KEY_ID} and {@code UPLOAD_SECRET} read into two
 * {@code buildConfigField}s side by side, one from {@code gradle.properties}, the other written in the build script).
 * Each look-up reads three lines per place, each of at most {@link #MAX_PER_LINE} identifiers: no search grows with the
 * project.
 */
final class ReferencePlaces {

  /** How many lines apart an identifier and a secret stand beside each other. */
  static final int BESIDE = 1;

  /**
   * The identifiers kept per line and kind: the first ones, which a look-up prefers anyway. A line of a minified file
   * may hold thousands, and secrets read on it as many: without a bound, quadratic.
   */
  static final int MAX_PER_LINE = 8;

  /** By file, provider and kind, then line. */
  private final Map<String, Map<Integer, List<IdentifierHit>>> byLine = new HashMap<>();

  /** Places an identifier where it is written and where each reference to it is. */
  void add(IdentifierHit hit) {
    Occurrence occurrence = hit.occurrence();
    put(occurrence.range, hit);
    for (Secondary via : occurrence.vias) {
      put(via.location(), hit);
    }
  }

  private void put(SourceRange place, IdentifierHit hit) {
    List<IdentifierHit> line = byLine.computeIfAbsent(key(place.file(), hit.spec(), hit.kind().kind()), k -> new HashMap<>())
      .computeIfAbsent(place.startLine(), l -> new ArrayList<>(1));
    if (line.size() < MAX_PER_LINE) {
      line.add(hit);
    }
  }

  /**
   * The identifier of a kind that pairs with the secret, placed at most {@link #BESIDE} lines from where the secret or
   * a reference to it is written; the nearest, then the first found.
   */
  @Nullable
  IdentifierHit beside(ProviderSpec spec, SecretKind kind, Occurrence secret) {
    Best best = new Best();
    search(spec, kind, secret, secret.range, best);
    for (Secondary via : secret.vias) {
      search(spec, kind, secret, via.location(), best);
    }
    return best.hit;
  }

  private void search(ProviderSpec spec, SecretKind kind, Occurrence secret, SourceRange place, Best best) {
    for (String idKind : kind.pairsWith()) {
      for (int offset = -BESIDE; offset <= BESIDE; offset++) {
        for (IdentifierHit hit : on(place.file(), place.startLine() + offset, spec, idKind)) {
          if (hit.occurrence() != secret) {
            best.offer(hit, Math.abs(offset));
          }
        }
      }
    }
  }

  /** The identifiers of a provider's kind placed on a line of a file. */
  List<IdentifierHit> on(String file, int line, ProviderSpec spec, String kind) {
    Map<Integer, List<IdentifierHit>> lines = byLine.get(key(file, spec, kind));
    return lines == null ? List.of() : lines.getOrDefault(line, List.of());
  }

  private static String key(String file, ProviderSpec spec, String kind) {
    return file + "|" + spec.id() + "|" + kind;
  }

  private static final class Best {
    private IdentifierHit hit;
    private int distance = Integer.MAX_VALUE;

    void offer(IdentifierHit candidate, int candidateDistance) {
      if (hit == null || candidateDistance < distance || (candidateDistance == distance && candidate.order() < hit.order())) {
        hit = candidate;
        distance = candidateDistance;
      }
    }
  }
}
