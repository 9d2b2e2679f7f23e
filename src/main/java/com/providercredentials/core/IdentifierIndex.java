package com.providercredentials.core;

import com.providercredentials.core.Detector.IdentifierFound;
import com.providercredentials.core.Occurrence.Use;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The identifiers of one detection: found in every occurrence (by their shapes, or decoded from an encoded pair),
 * indexed by file and by module, and searched for the one that goes with a secret: in the same call, else the nearest
 * in its file, else the first of its module's resources, else one on the line next to where the secret or a reference to
 * it stands ({@link ReferencePlaces}). The searches take time logarithmic in the number of
 * identifiers of a file: a file with thousands of identifiers and secrets is not quadratic.
 */
final class IdentifierIndex {

  private final List<ProviderSpec> specs;
  private final Plausibility plausibility;
  /** Every identifier found, by provider, kind, value and place, in the order found. */
  private final Map<String, IdentifierHit> found = new LinkedHashMap<>();
  /** Identifiers by file (then provider and kind), in the order of their ranges: for the nearest one to a secret. */
  private final Map<String, List<IdentifierHit>> byFile = new HashMap<>();
  /** Identifiers of the resources of a module (then provider and kind), in the order they were found. */
  private final Map<String, List<IdentifierHit>> byModule = new HashMap<>();
  /** Identifiers by the lines where they, or references to them, stand: the last resort of {@link #paired}. */
  private final ReferencePlaces places = new ReferencePlaces();

  /** The secret kinds whose tokens carry an identifier (a URL's user): none for most specs. */
  private final List<Carrier> carriers = new ArrayList<>();
  /**
   * The scope suffix of the identifiers written in comments: a secret in a comment pairs with them and with the code's,
   * a secret in code only with the code's (a SID kept in a comment says nothing of a digest in the code).
   */
  private static final String IN_COMMENTS = "|comments";
  private static final List<String> CODE_ONLY = List.of("");
  private static final List<String> CODE_AND_COMMENTS = List.of("", IN_COMMENTS);

  IdentifierIndex(List<ProviderSpec> specs, Plausibility plausibility) {
    this.specs = specs;
    this.plausibility = plausibility;
    for (ProviderSpec spec : specs) {
      for (SecretKind kind : spec.secrets()) {
        if (SecretTokens.names(kind.shape(), Token.IDENTIFIER)) {
          carriers.add(new Carrier(spec, kind));
        }
      }
    }
  }

  /** A secret kind of a spec whose shape has an identifier part. */
  private record Carrier(ProviderSpec spec, SecretKind kind) { }

  /**
   * Finds and indexes the identifiers of an occurrence: those of its text (up to {@link SymbolTable#MAX_SEARCHED_LENGTH}
   * characters), those of the pairs encoded in it, and the accounts written in a secret's token (a URL's user).
   * Occurrences must come in the order of their ranges.
   */
  void search(Occurrence occurrence) {
    String value = occurrence.value.length() > SymbolTable.MAX_SEARCHED_LENGTH
      ? occurrence.value.substring(0, SymbolTable.MAX_SEARCHED_LENGTH) : occurrence.value;
    ShapeIndex.Shapes shapes = occurrence.shapes;
    // most values may hold no shape of the specs: then neither an identifier nor a secret that carries one
    boolean shaped = shapes == null || !shapes.none();
    if (shaped) {
      searchShapes(occurrence, value, shapes);
    }
    for (PairDecoder.Pair pair : occurrence.pairs()) {
      for (ProviderSpec spec : specs) {
        for (IdentifierKind kind : spec.identifiers()) {
          if (pair.encoded() && kind.shape().matches(pair.identifier())) {
            add(spec, kind, pair.identifier(), occurrence);
          }
        }
      }
    }
    if (shaped) {
      searchCarriers(occurrence, value, shapes);
    }
  }

  /** The identifiers of the shapes the value may hold, wherever they stand in it. */
  private void searchShapes(Occurrence occurrence, String value, @Nullable ShapeIndex.Shapes shapes) {
    for (ProviderSpec spec : specs) {
      for (IdentifierKind kind : spec.identifiers()) {
        if (shapes != null && !shapes.may(kind.shape())) {
          continue;
        }
        for (Shape.Match match : kind.shape().find(value)) {
          add(spec, kind, match.text(), occurrence);
        }
      }
    }
  }

  /** The accounts written in the tokens of secrets that carry one (a URL's user). */
  private void searchCarriers(Occurrence occurrence, String value, @Nullable ShapeIndex.Shapes shapes) {
    for (Carrier carrier : carriers) {
      if (shapes != null && !shapes.may(carrier.kind().shape())) {
        continue;
      }
      for (Token token : SecretTokens.in(carrier.kind().shape(), value.strip(), Candidate.MAX_SECRET_LENGTH, SymbolTable.MAX_SEARCHED_LENGTH)) {
        IdentifierKind kind = SecretTokens.identifierKind(carrier.spec(), carrier.kind(), token);
        if (kind != null && kind.account()) {
          add(carrier.spec(), kind, token.identifier().orElseThrow(), occurrence);
        }
      }
    }
  }

  private void add(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence) {
    if (!plausibility.plausible(value, kind.shape(), spec.placeholders())) {
      return;
    }
    String key = spec.id() + "|" + kind.kind() + "|" + value + "|" + occurrence.range;
    if (found.containsKey(key)) {
      return;
    }
    IdentifierHit hit = new IdentifierHit(spec, kind, value, occurrence, found.size());
    found.put(key, hit);
    occurrence.identifiers.add(hit);
    String where = occurrence.unit.inComments() ? IN_COMMENTS : "";
    if (where.isEmpty()) {
      // a SID kept in a comment pairs with no secret of the code, by position either
      places.add(hit);
    }
    byFile.computeIfAbsent(indexKey(occurrence.unit.file() + where, spec, kind.kind()), f -> new ArrayList<>()).add(hit);
    if (occurrence.unit.kind() == SourceUnit.Kind.RESOURCE) {
      byModule.computeIfAbsent(indexKey(occurrence.unit.module() + where, spec, kind.kind()), m -> new ArrayList<>()).add(hit);
    }
  }

  /**
   * Every identifier found, by location; an identifier inside a concatenation that comes whole from one of its parts is
   * that part's: listed once, there.
   */
  List<IdentifierFound> found(OccurrenceGraph graph) {
    return found.values().stream()
      .filter(h -> !h.occurrence().unit.inComments())
      .filter(h -> h.occurrence().parts.stream().noneMatch(p -> p.value.contains(h.value()) && graph.standsAlone(p)))
      .map(h -> new IdentifierFound(h.spec(), h.kind(), h.value(), h.occurrence().range, h.occurrence().unit.module()))
      .sorted(Comparator.comparing(IdentifierFound::location))
      .toList();
  }

  /**
   * The identifier that goes with a secret: in the same call, else the same file, else the same module's resources, else
   * one beside a reference to it or beside the secret through a reference ({@link ReferencePlaces}).
   */
  @Nullable
  IdentifierHit paired(ProviderSpec spec, SecretKind kind, Occurrence occurrence) {
    for (Use use : occurrence.uses) {
      for (Occurrence sibling : use.site().arguments()) {
        IdentifierHit hit = sibling == null ? null : nearestOf(spec, kind, sibling.identifiers, occurrence);
        if (hit != null) {
          return hit;
        }
      }
    }
    IdentifierHit hit = nearestInFile(spec, kind, occurrence);
    if (hit == null && occurrence.unit.kind() == SourceUnit.Kind.RESOURCE) {
      hit = firstInModule(spec, kind, occurrence);
    }
    return hit != null ? hit : places.beside(spec, kind, occurrence);
  }

  private static String indexKey(String scope, ProviderSpec spec, String kind) {
    return scope + "|" + spec.id() + "|" + kind;
  }

  /** What {@link #nearestOf} gives over the identifiers of the secret's file, by binary search on their lines. */
  @Nullable
  private IdentifierHit nearestInFile(ProviderSpec spec, SecretKind kind, Occurrence secret) {
    IdentifierHit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String idKind : kind.pairsWith()) {
      for (String where : secret.unit.inComments() ? CODE_AND_COMMENTS : CODE_ONLY) {
        List<IdentifierHit> hits = byFile.get(indexKey(secret.unit.file() + where, spec, idKind));
        IdentifierHit hit = hits == null ? null : nearest(hits, secret);
        if (hit != null) {
          int distance = distance(hit, secret);
          if (best == null || distance < bestDistance || (distance == bestDistance && hit.order() < best.order())) {
            best = hit;
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  /** Of identifiers sorted by line, the nearest to the secret's line; on a tie the first one. */
  @Nullable
  static IdentifierHit nearest(List<IdentifierHit> hits, Occurrence secret) {
    int line = secret.range.startLine();
    int low = 0;
    int high = hits.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (hits.get(middle).occurrence().range.startLine() < line) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    // hits[low..] are on the secret's line or after it, hits[..low-1] before it
    IdentifierHit after = null;
    for (int i = low; i < hits.size() && after == null; i++) {
      after = hits.get(i).occurrence() != secret ? hits.get(i) : null;
    }
    IdentifierHit before = null;
    int i = low - 1;
    while (i >= 0 && hits.get(i).occurrence() == secret) {
      i--;
    }
    if (i >= 0) {
      // the first of the identifiers on that line
      int beforeLine = hits.get(i).occurrence().range.startLine();
      while (i > 0 && hits.get(i - 1).occurrence().range.startLine() == beforeLine && hits.get(i - 1).occurrence() != secret) {
        i--;
      }
      before = hits.get(i);
    }
    if (before == null || (after != null && distance(after, secret) < distance(before, secret))) {
      return after;
    }
    return before;
  }

  /** Lines apart in the same file; in another file, farther than any line of the same file. */
  static int distance(IdentifierHit hit, Occurrence secret) {
    return hit.occurrence().range.file().equals(secret.range.file())
      ? Math.abs(hit.occurrence().range.startLine() - secret.range.startLine())
      : Integer.MAX_VALUE - 1;
  }

  /** Over the identifiers of the module's resources: the first found (none is in the secret's file, or the file had given it). */
  @Nullable
  private IdentifierHit firstInModule(ProviderSpec spec, SecretKind kind, Occurrence secret) {
    IdentifierHit best = null;
    for (String idKind : kind.pairsWith()) {
      for (String where : secret.unit.inComments() ? CODE_AND_COMMENTS : CODE_ONLY) {
        for (IdentifierHit hit : byModule.getOrDefault(indexKey(secret.unit.module() + where, spec, idKind), List.of())) {
          if (hit.occurrence() != secret) {
            if (best == null || hit.order() < best.order()) {
              best = hit;
            }
            break;
          }
        }
      }
    }
    return best;
  }

  /** Of the identifiers that pair with this kind, the nearest one before or after the secret; on a tie the first. */
  @Nullable
  static IdentifierHit nearestOf(ProviderSpec spec, SecretKind kind, List<IdentifierHit> hits, Occurrence secret) {
    IdentifierHit best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (IdentifierHit hit : hits) {
      if (hit.spec() == spec && kind.pairsWith().contains(hit.kind().kind()) && hit.occurrence() != secret) {
        int distance = distance(hit, secret);
        if (best == null || distance < bestDistance) {
          best = hit;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
