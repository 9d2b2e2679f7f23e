package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.SymbolTable.Resolved;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One value of the project that may hold a credential, at the place it is written, with everything known about how it
 * is named and used: a node of the {@link OccurrenceGraph}. Identity matters: one place, one occurrence.
 */
final class Occurrence {

  final String value;
  final SourceRange range;
  final SourceUnit unit;
  /** The names that hold it, and those of what encloses them. */
  final Set<String> names = new LinkedHashSet<>();
  final Set<String> context = new LinkedHashSet<>();
  /** Whether a name holds it (a constant, a property, a key), not only the function that returns it. */
  boolean held;
  /** The calls it is passed to. */
  final List<Use> uses = new ArrayList<>();
  /** The places it travels through on its way to where it is used ("Compiled into BuildConfig.X here"). */
  final List<Secondary> vias = new ArrayList<>();
  final List<IdentifierHit> identifiers = new ArrayList<>();
  /** For a concatenation: the literals it joins. */
  final List<Occurrence> parts = new ArrayList<>();
  /** The shapes of the catalog its value may hold ({@link ShapeIndex}); null until the detection has looked. */
  @javax.annotation.Nullable
  ShapeIndex.Shapes shapes;
  /** The pairs its text (its first {@link SymbolTable#MAX_SEARCHED_LENGTH} characters) holds; null until first asked. */
  @javax.annotation.Nullable
  private List<PairDecoder.Pair> pairs;

  Occurrence(Resolved resolved) {
    this.value = resolved.value();
    this.range = resolved.range();
    this.unit = resolved.unit();
  }

  /** The pairs its text holds, decoded once for the identifiers and for the pairs of all specs ({@link PairDecoder}). */
  List<PairDecoder.Pair> pairs() {
    if (pairs == null) {
      pairs = PairDecoder.decode(value.length() > SymbolTable.MAX_SEARCHED_LENGTH ? value.substring(0, SymbolTable.MAX_SEARCHED_LENGTH) : value);
    }
    return pairs;
  }

  /** A call with its arguments' occurrences (null for an argument that holds no credential). */
  record CallSite(Call call, SourceUnit unit, List<Occurrence> arguments) implements CallMatcher.Arguments {
    @Override
    public boolean holdIdentifierOf(ProviderSpec spec) {
      return arguments.stream().anyMatch(o -> o != null && o.identifiers.stream().anyMatch(h -> h.spec() == spec));
    }
  }

  /** An occurrence passed to a call, as its argument at {@code index}. */
  record Use(CallSite site, int index) {
    Call.Argument argument() {
      return site.call().arguments().get(index);
    }
  }
}
