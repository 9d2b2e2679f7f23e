package com.providercredentials.analysis;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Expr;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values the build injects and its output gave back (docs/adr/028), and where the app's code reads them: each
 * reference to the field or string resource ({@code BuildConfig.TWILIO_AUTH_TOKEN}, {@code R.string.twilio_token}) is a
 * secondary location of the issue raised on the line that injects it.
 */
final class InjectedReads {

  /** The references shown per issue: the first ones, in file order. */
  static final int MAX_READS = 10;

  /** Where each value read back stands (the script's injecting expression), with the keys code reads it under. */
  private final Map<SourceRange, List<String>> injected = new HashMap<>();

  /** Records the units read back from the build output. */
  void add(SourceUnit readBack) {
    for (Binding binding : readBack.bindings()) {
      injected.put(binding.value().range(), binding.keys());
    }
  }

  /** Whether a finding stands where a value read back from the build output was placed. */
  boolean contains(SourceRange location) {
    return injected.containsKey(location);
  }

  /** The findings, those on an injecting line with the places the code reads the value added. */
  List<Finding> withReads(List<Finding> findings, List<SourceUnit> units) {
    if (injected.isEmpty() || findings.stream().noneMatch(f -> contains(f.location()))) {
      return findings;
    }
    Map<String, List<Expr.Ref>> reads = reads(units);
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      List<String> keys = injected.get(finding.location());
      if (keys == null) {
        out.add(finding);
        continue;
      }
      Set<SourceRange> shown = new HashSet<>();
      finding.secondaries().forEach(s -> shown.add(s.location()));
      List<Expr.Ref> refs = new ArrayList<>();
      for (String key : keys) {
        for (Expr.Ref ref : reads.getOrDefault(key, List.of())) {
          if (shown.add(ref.range())) {
            refs.add(ref);
          }
        }
      }
      // in the order of the files and lines, the first ones
      refs.sort(Comparator.comparing((Expr.Ref r) -> r.range().file()).thenComparingInt(r -> r.range().startLine())
        .thenComparingInt(r -> r.range().startColumn()));
      List<Finding.Secondary> more = refs.stream().limit(MAX_READS)
        .map(ref -> new Finding.Secondary(ref.range(), "The app reads it here, as " + ref.display() + ".")).toList();
      out.add(more.isEmpty() ? finding : finding.withMoreSecondaries(more));
    }
    return out;
  }

  /** The references of the code, by their first (most precise) key: what each resolves to first. */
  private static Map<String, List<Expr.Ref>> reads(List<SourceUnit> units) {
    Map<String, List<Expr.Ref>> reads = new LinkedHashMap<>();
    for (SourceUnit unit : units) {
      if (unit.kind() != SourceUnit.Kind.CODE || unit.inComments()) {
        continue;
      }
      for (Binding binding : unit.bindings()) {
        collect(binding.value(), reads);
      }
      for (Call call : unit.calls()) {
        for (Call.Argument argument : call.arguments()) {
          collect(argument.value(), reads);
        }
      }
    }
    return reads;
  }

  private static void collect(Expr expr, Map<String, List<Expr.Ref>> reads) {
    if (expr instanceof Expr.Ref ref && !ref.keys().isEmpty()) {
      reads.computeIfAbsent(ref.keys().get(0), k -> new ArrayList<>()).add(ref);
    } else if (expr instanceof Expr.Concat concat) {
      concat.parts().forEach(part -> collect(part, reads));
    }
  }
}
