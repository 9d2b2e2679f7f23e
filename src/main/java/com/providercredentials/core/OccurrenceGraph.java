package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.Occurrence.CallSite;
import com.providercredentials.core.Occurrence.Use;
import com.providercredentials.core.SymbolTable.Resolved;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The occurrence graph of one detection: the values of the project that may hold a credential, one {@link Occurrence}
 * per place they are written, linked to the names that hold them, the calls they are passed to, the bindings they
 * travel through, and, for a concatenation, the literals it joins. Values the {@link CredentialPrefilter} drops have no
 * occurrence: nothing reads them.
 */
final class OccurrenceGraph {

  private final CredentialPrefilter prefilter;
  /** The values that may hold a credential, by where they are written. */
  private final Map<SourceRange, Occurrence> occurrences = new HashMap<>();
  private final Map<Occurrence, List<Resolved>> concatenations = new IdentityHashMap<>();

  private OccurrenceGraph(CredentialPrefilter prefilter) {
    this.prefilter = prefilter;
  }

  /** The graph of the units' bindings and calls, their values resolved with the symbol table. */
  static OccurrenceGraph build(Collection<SourceUnit> units, SymbolTable symbols, CredentialPrefilter prefilter) {
    OccurrenceGraph graph = new OccurrenceGraph(prefilter);
    for (SourceUnit unit : units) {
      for (Binding binding : unit.bindings()) {
        Resolved value = symbols.resolve(binding, unit);
        Occurrence occurrence = value == null ? null : graph.occurrence(value);
        if (occurrence != null) {
          occurrence.names.addAll(binding.names());
          occurrence.held |= !binding.names().isEmpty() && !binding.returned();
          occurrence.context.addAll(binding.context());
          if (binding.via() != null && !(binding.value() instanceof Expr.Literal)) {
            occurrence.vias.add(new Secondary(binding.value().range(), binding.via()));
          }
        }
      }
      for (Call call : unit.calls()) {
        List<Occurrence> arguments = new ArrayList<>();
        for (Call.Argument argument : call.arguments()) {
          Resolved value = symbols.resolve(argument.value(), unit);
          arguments.add(value == null ? null : graph.occurrence(value));
        }
        CallSite site = new CallSite(call, unit, arguments);
        for (int i = 0; i < arguments.size(); i++) {
          if (arguments.get(i) != null) {
            arguments.get(i).uses.add(new Use(site, i));
          }
        }
      }
    }
    graph.linkParts();
    return graph;
  }

  /** Every occurrence, in the order of their ranges. */
  List<Occurrence> inOrder() {
    List<Occurrence> sorted = new ArrayList<>(occurrences.values());
    sorted.sort(Comparator.comparing(o -> o.range));
    return sorted;
  }

  /** Whether this part of a concatenation is an occurrence of its own (a constant's literal), not only a part. */
  boolean standsAlone(Occurrence part) {
    return occurrences.get(part.range) == part;
  }

  /**
   * The occurrence of a value that may hold a credential; null for the others (most values), which nothing reads:
   * no identifier or secret can be found in them, nor in any part of them.
   */
  @Nullable
  private Occurrence occurrence(Resolved value) {
    Occurrence occurrence = occurrences.get(value.range());
    if (occurrence == null) {
      if (!prefilter.mayHoldCredential(value.value())) {
        return null;
      }
      occurrence = new Occurrence(value);
      occurrences.put(value.range(), occurrence);
      if (!value.parts().isEmpty()) {
        concatenations.put(occurrence, value.parts());
      }
    }
    return occurrence;
  }

  /**
   * The literals a concatenation joins: the occurrences they are anyway (a constant's literal), or detached
   * ones, which are not scanned on their own ("Basic " + "base64..." is one value, reported once).
   */
  private void linkParts() {
    concatenations.forEach((occurrence, parts) -> {
      for (Resolved part : parts) {
        Occurrence known = occurrences.get(part.range());
        occurrence.parts.add(known != null ? known : new Occurrence(part));
      }
    });
  }
}
