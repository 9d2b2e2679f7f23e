package com.providercredentials.lowering;

import java.util.ArrayList;
import java.util.List;

/**
 * Aho–Corasick over lower-case dotted names, for the SDKs' types and packages and the providers' hosts that
 * {@link SourceGate} looks for: a type
 * ({@code com.stripe.stripeclient}) matches wherever a name holds it; a package ({@code com.stripe}, {@code com.stripe.})
 * only where a name ends with it, as in {@code package com.stripe} and {@code import com.stripe.*}, so that another
 * package under it ({@code com.stripe.android}) does not.
 */
final class PackageAutomaton {
  private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789_.$-/";
  private static final int[] SYMBOL = new int[128];

  static {
    java.util.Arrays.fill(SYMBOL, -1);
    for (int i = 0; i < SYMBOLS.length(); i++) {
      SYMBOL[SYMBOLS.charAt(i)] = i;
    }
  }

  private final int[][] delta;
  /** Per state: {@link #ANYWHERE}, {@link #AT_END}, both or neither. */
  private final int[] accepts;

  private static final int ANYWHERE = 1;
  private static final int AT_END = 2;

  /** {@code anywhere}: matched wherever a name holds one; {@code atEnd}: only where a name ends with one. */
  PackageAutomaton(List<String> anywhere, List<String> atEnd) {
    List<int[]> next = new ArrayList<>();
    List<Integer> output = new ArrayList<>();
    next.add(new int[SYMBOLS.length()]);
    output.add(0);
    List<String> patterns = new ArrayList<>(anywhere);
    patterns.addAll(atEnd);
    for (int p = 0; p < patterns.size(); p++) {
      String pattern = patterns.get(p);
      int state = 0;
      boolean valid = true;
      for (int i = 0; i < pattern.length() && valid; i++) {
        int symbol = pattern.charAt(i) < 128 ? SYMBOL[pattern.charAt(i)] : -1;
        if (symbol < 0) {
          valid = false;
        } else {
          if (next.get(state)[symbol] == 0) {
            next.add(new int[SYMBOLS.length()]);
            output.add(0);
            next.get(state)[symbol] = next.size() - 1;
          }
          state = next.get(state)[symbol];
        }
      }
      if (valid) {
        output.set(state, output.get(state) | (p < anywhere.size() ? ANYWHERE : AT_END));
      }
    }
    int states = next.size();
    delta = new int[states][];
    accepts = new int[states];
    int[] fail = new int[states];
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    delta[0] = next.get(0).clone();
    accepts[0] = output.get(0);
    for (int s = 0; s < SYMBOLS.length(); s++) {
      if (delta[0][s] != 0) {
        queue.add(delta[0][s]);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      delta[state] = next.get(state).clone();
      accepts[state] = output.get(state) | accepts[fail[state]];
      for (int s = 0; s < SYMBOLS.length(); s++) {
        int child = next.get(state)[s];
        if (child != 0) {
          fail[child] = delta[fail[state]][s];
          queue.add(child);
        } else {
          delta[state][s] = delta[fail[state]][s];
        }
      }
    }
  }

  int next(int state, char c) {
    int symbol = c < 128 ? SYMBOL[c] : -1;
    return symbol < 0 ? 0 : delta[state][symbol];
  }

  /** Whether the name read so far holds a pattern to match anywhere. */
  boolean matches(int state) {
    return (accepts[state] & ANYWHERE) != 0;
  }

  /** Whether a name that ends here ends with a pattern to match at its end. */
  boolean matchesAtEnd(int state) {
    return (accepts[state] & AT_END) != 0;
  }
}
