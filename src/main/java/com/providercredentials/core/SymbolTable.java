package com.providercredentials.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The symbol table of one detection: every binding of the project under its keys, and what an expression resolves to
 * across files (a literal, or a concatenation of literals with its parts), or nothing when that cannot be told (an
 * opaque value, an unknown or ambiguous reference, a cycle, too deep a chain).
 */
final class SymbolTable {

  /** The longest text searched for embedded identifiers; a concatenation longer than this is not resolved. */
  static final int MAX_SEARCHED_LENGTH = 1 << 20;
  private static final int MAX_RESOLUTION_DEPTH = 12;

  private final Map<String, List<Located>> byKey = new HashMap<>();
  private final Map<Binding, Optional<Resolved>> resolved = new IdentityHashMap<>();
  private final Map<Binding, Boolean> resolving = new IdentityHashMap<>();

  /** A value resolved to a literal (or a concatenation of literals, with its parts) and where it is written. */
  record Resolved(String value, SourceRange range, SourceUnit unit, List<Resolved> parts) {
    Resolved(String value, SourceRange range, SourceUnit unit) {
      this(value, range, unit, List.of());
    }

    /** The value masked: it may be a credential. */
    @Override
    public String toString() {
      return Masking.secret(value) + " at " + range + (parts.isEmpty() ? "" : " joining " + parts);
    }
  }

  private record Located(Binding binding, SourceUnit unit) {
  }

  SymbolTable(Collection<SourceUnit> units) {
    for (SourceUnit unit : units) {
      for (Binding binding : unit.bindings()) {
        for (String key : binding.keys()) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(binding, unit));
        }
      }
    }
  }

  /** The value a binding of this unit holds, or null. */
  @Nullable
  Resolved resolve(Binding binding, SourceUnit unit) {
    return resolveBinding(new Located(binding, unit), 0);
  }

  /** The value of an expression written in this unit, or null. */
  @Nullable
  Resolved resolve(Expr expr, SourceUnit unit) {
    return resolve(expr, unit, 0);
  }

  @Nullable
  private Resolved resolveBinding(Located located, int depth) {
    if (located.binding.value() instanceof Expr.Literal literal) {
      // most values: nothing to resolve, nothing to remember
      return new Resolved(literal.value(), literal.range(), located.unit);
    }
    Optional<Resolved> known = resolved.get(located.binding);
    if (known != null) {
      return known.orElse(null);
    }
    if (resolving.put(located.binding, Boolean.TRUE) != null) {
      return null;
    }
    Resolved value = resolve(located.binding.value(), located.unit, depth + 1);
    resolving.remove(located.binding);
    resolved.put(located.binding, Optional.ofNullable(value));
    return value;
  }

  @Nullable
  private Resolved resolve(Expr expr, SourceUnit unit, int depth) {
    if (depth > MAX_RESOLUTION_DEPTH) {
      return null;
    }
    if (expr instanceof Expr.Literal literal) {
      return new Resolved(literal.value(), literal.range(), unit);
    }
    if (expr instanceof Expr.Ref ref) {
      return resolveRef(ref, depth);
    }
    if (expr instanceof Expr.Concat concat) {
      return resolveConcat(concat, unit, depth);
    }
    return null;
  }

  /** The first key declared anywhere decides; declared there with different values, which one is meant cannot be told. */
  @Nullable
  private Resolved resolveRef(Expr.Ref ref, int depth) {
    for (String key : ref.keys()) {
      List<Located> declared = byKey.get(key);
      if (declared == null) {
        continue;
      }
      Resolved first = null;
      for (Located located : declared) {
        Resolved value = resolveBinding(located, depth);
        if (value == null || (first != null && !first.equals(value))) {
          // unknown, or declared with different values: which one is meant cannot be told
          return null;
        }
        first = value;
      }
      return first;
    }
    return null;
  }

  @Nullable
  private Resolved resolveConcat(Expr.Concat concat, SourceUnit unit, int depth) {
    StringBuilder text = new StringBuilder();
    SourceRange range = null;
    List<Resolved> parts = new ArrayList<>();
    for (Expr part : concat.parts()) {
      Resolved value = resolve(part, unit, depth + 1);
      if (value == null || text.length() + value.value.length() > MAX_SEARCHED_LENGTH) {
        return null;
      }
      text.append(value.value);
      parts.add(value);
      range = range == null ? value.range : range.span(value.range);
    }
    // a concatenation or template is written where it stands, whatever its parts refer to
    return range == null ? null : new Resolved(text.toString(), concat.range(), unit, parts);
  }
}
