package com.providercredentials.lowering;

import java.util.ArrayList;
import java.util.List;

/** Aho–Corasick over lower-case dotted names, for the SDKs' packages that {@link SourceGate} looks for. */
final class PackageAutomaton {
  private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789_.$";
  private static final int[] SYMBOL = new int[128];

  static {
    java.util.Arrays.fill(SYMBOL, -1);
    for (int i = 0; i < SYMBOLS.length(); i++) {
      SYMBOL[SYMBOLS.charAt(i)] = i;
    }
  }

  private final int[][] delta;
  private final boolean[] accepts;

  PackageAutomaton(List<String> patterns) {
    List<int[]> next = new ArrayList<>();
    List<Boolean> output = new ArrayList<>();
    next.add(new int[SYMBOLS.length()]);
    output.add(false);
    for (String pattern : patterns) {
      int state = 0;
      boolean valid = true;
      for (int i = 0; i < pattern.length() && valid; i++) {
        int symbol = pattern.charAt(i) < 128 ? SYMBOL[pattern.charAt(i)] : -1;
        if (symbol < 0) {
          valid = false;
        } else {
          if (next.get(state)[symbol] == 0) {
            next.add(new int[SYMBOLS.length()]);
            output.add(false);
            next.get(state)[symbol] = next.size() - 1;
          }
          state = next.get(state)[symbol];
        }
      }
      if (valid) {
        output.set(state, true);
      }
    }
    int states = next.size();
    delta = new int[states][];
    accepts = new boolean[states];
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
      accepts[state] = output.get(state) || accepts[fail[state]];
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

  boolean matches(int state) {
    return accepts[state];
  }
}
