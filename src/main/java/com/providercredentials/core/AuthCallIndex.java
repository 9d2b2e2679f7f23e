package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.AuthCall;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The specs' client-side calls, indexed so that a call of the project is matched only against the specs with a
 * client-side call it may fit, and the cost of a call does not grow with the catalog: 22 specs have a constructor
 * among them, 24 a header, and a project makes hundreds of each call.
 *
 * <p>A call may fit a spec's call ({@link CallMatcher#fits(AuthCall, Call)}) only with the same method, an owner that
 * ends with the same name ({@code Builder} of {@code okhttp3.Request.Builder}; for a chain of calls from a type, a name
 * that is one of the spec owner's), and for a call restricted to a header, that header as its first argument. The
 * answer is a superset of the specs that fit, in the specs' order; {@link ClientSideCheck} matches each as before.
 */
final class AuthCallIndex {

  private static final String ANY = "";

  private final List<ProviderSpec> specs;
  /** The specs, by the index key of each of their calls: method, last name of the owner, header. */
  private final Map<String, BitSet> byLastName = new HashMap<>();
  /** The same, by every name of the owner, for the calls of a chain from a type. */
  private final Map<String, BitSet> byAnyName = new HashMap<>();

  AuthCallIndex(List<ProviderSpec> specs) {
    this.specs = List.copyOf(specs);
    for (int i = 0; i < this.specs.size(); i++) {
      ProviderSpec spec = this.specs.get(i);
      if (spec.clientSide() == null) {
        continue;
      }
      for (AuthCall call : spec.clientSide().calls()) {
        String header = call.header() == null ? ANY : headerKey(call.header());
        if (CallMatcher.ANY_OWNER.equals(call.owner())) {
          add(byLastName, key(call.method(), ANY, header), i);
          add(byAnyName, key(call.method(), ANY, header), i);
          continue;
        }
        String[] names = call.owner().split("\\.");
        add(byLastName, key(call.method(), names[names.length - 1], header), i);
        for (String name : names) {
          add(byAnyName, key(call.method(), name, header), i);
        }
      }
    }
  }

  /** The specs with a client-side call that this call may fit, in the specs' order. */
  List<ProviderSpec> candidates(Call call) {
    BitSet found = new BitSet();
    String header = call.arguments().size() >= 2 && call.arguments().get(0).value() instanceof Expr.Literal name
      ? headerKey(name.value()) : null;
    collect(byLastName, call.method(), ANY, header, found);
    // the owner the matcher compares: the resolved one when there is one, else the one written
    String owner = call.owner() != null ? call.owner() : call.ownerName();
    if (owner != null) {
      boolean chained = owner.endsWith(Call.CHAINED);
      String type = chained ? owner.substring(0, owner.length() - Call.CHAINED.length()) : owner;
      collect(chained ? byAnyName : byLastName, call.method(), type.substring(type.lastIndexOf('.') + 1), header, found);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<ProviderSpec> candidates = new ArrayList<>(found.cardinality());
    found.stream().forEach(i -> candidates.add(specs.get(i)));
    return candidates;
  }

  private static void collect(Map<String, BitSet> index, String method, String name, @Nullable String header, BitSet found) {
    BitSet any = index.get(key(method, name, ANY));
    if (any != null) {
      found.or(any);
    }
    if (header != null) {
      BitSet named = index.get(key(method, name, header));
      if (named != null) {
        found.or(named);
      }
    }
  }

  private static void add(Map<String, BitSet> index, String key, int spec) {
    index.computeIfAbsent(key, k -> new BitSet()).set(spec);
  }

  private static String key(String method, String name, String header) {
    return method + '\u0000' + name + '\u0000' + header;
  }

  /** A header's name as {@link CallMatcher} compares it: trimmed, case ignored (header names are ASCII). */
  private static String headerKey(String header) {
    return header.trim().toLowerCase(Locale.ROOT);
  }
}
