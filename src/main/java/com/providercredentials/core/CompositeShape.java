package com.providercredentials.core;

import com.providercredentials.core.ShapePart.Literal;
import com.providercredentials.core.ShapePart.Run;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * The matcher of a {@link Shape} made of several parts. No regular expression and no backtracking: the positions a
 * token can reach after each part are computed part after part (the sets of end positions), each part reading no
 * further than its longest text, so a value is matched in time linear in its length times the number of parts. The value is then
 * cut into its parts: from the end, each run as long as it can be; requirements, checksums and payloads are checked on
 * that one cut (a spec whose runs can be cut several ways separates them with literals, or gives them fixed lengths).
 */
final class CompositeShape {

  private final List<ShapePart> parts;
  private final List<TokenCheck> checks;
  private final List<String> derived;
  private final boolean[] chars = new boolean[128];
  private final int minLength;
  private final int maxLength;

  CompositeShape(List<ShapePart> parts, List<TokenCheck> checks) {
    this.parts = List.copyOf(parts);
    this.checks = List.copyOf(checks);
    if (this.parts.isEmpty()) {
      throw new IllegalArgumentException("A shape has at least one part");
    }
    List<String> names = new ArrayList<>();
    for (ShapePart part : this.parts) {
      part.markCharacters(chars);
      if (part instanceof Run run && run.name() != null) {
        if (names.contains(run.name())) {
          throw new IllegalArgumentException("Two runs named " + run.name());
        }
        names.add(run.name());
      }
    }
    for (TokenCheck check : this.checks) {
      for (String name : check.reads()) {
        if (!names.contains(name)) {
          throw new IllegalArgumentException("Check " + check + " reads no run of the shape: " + name);
        }
      }
    }
    this.derived = this.checks.stream().flatMap(c -> c.derived().stream()).distinct().toList();
    this.minLength = this.parts.stream().mapToInt(ShapePart::minLength).sum();
    this.maxLength = this.parts.stream().mapToInt(ShapePart::maxLength).sum();
  }

  List<ShapePart> parts() {
    return parts;
  }

  List<TokenCheck> checks() {
    return checks;
  }

  List<String> derived() {
    return derived;
  }

  int minLength() {
    return minLength;
  }

  int maxLength() {
    return maxLength;
  }

  @Nullable
  Literal leadingLiteral() {
    return parts.get(0) instanceof Literal literal ? literal : null;
  }

  void markCharacters(boolean[] ascii) {
    for (int c = 0; c < ascii.length && c < chars.length; c++) {
      ascii[c] |= chars[c];
    }
  }

  /** The whole value as a token, or null. */
  @Nullable
  Token match(String value) {
    int length = value.length();
    if (length < minLength || length > maxLength) {
      return null;
    }
    Literal lead = leadingLiteral();
    if (lead != null && lead.alternatives().stream().noneMatch(value::startsWith)) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 128 || !chars[c]) {
        return null;
      }
    }
    boolean[][] reach = reach(value, 0, length);
    return reach == null || reach[parts.size()].length <= length || !reach[parts.size()][length] ? null : token(value, 0, length, reach);
  }

  /**
   * The tokens inside a text, each starting with the leading literal and bounded on both sides by characters that are
   * not letters or digits; the longest at each start. A shape without a leading literal is not searched.
   */
  List<Shape.Match> find(String text) {
    Literal lead = leadingLiteral();
    List<Shape.Match> found = new ArrayList<>();
    if (lead == null) {
      return found;
    }
    TreeSet<Integer> starts = new TreeSet<>();
    for (String prefix : lead.alternatives()) {
      for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
        if (Shape.startsToken(text, at)) {
          starts.add(at);
        }
      }
    }
    int searchedTo = 0;
    for (int start : starts) {
      if (start < searchedTo) {
        // inside a token found before
        continue;
      }
      Shape.Match match = longestAt(text, start);
      if (match != null) {
        found.add(match);
        searchedTo = match.end();
      }
    }
    return found;
  }

  @Nullable
  private Shape.Match longestAt(String text, int start) {
    // no scan ahead: the runs read only as far as their bounds let them, so a start costs the parts' lengths at most
    boolean[][] reach = reach(text, start, Math.min(text.length(), start + maxLength));
    if (reach == null) {
      return null;
    }
    boolean[] ends = reach[parts.size()];
    for (int end = ends.length - 1; end >= minLength; end--) {
      int at = start + end;
      if (ends[end] && (at == text.length() || !Character.isLetterOrDigit(text.charAt(at)))) {
        Token token = token(text.substring(start, at), 0, end, reach);
        if (token != null) {
          return new Shape.Match(start, at, token.text());
        }
      }
    }
    return null;
  }

  /**
   * {@code reach[i][p]}: whether the first {@code i} parts can cover {@code text[from, from + p)}, positions beyond an
   * array's length being unreachable; null when no position is reachable after some part.
   */
  @Nullable
  private boolean[][] reach(String text, int from, int to) {
    int window = to - from;
    boolean[][] reach = new boolean[parts.size() + 1][];
    reach[0] = new boolean[] {true};
    for (int i = 0; i < parts.size(); i++) {
      boolean[] current = reach[i];
      ShapePart part = parts.get(i);
      int limit = Math.min(window, current.length - 1 + part.maxLength());
      boolean[] next = new boolean[limit + 1];
      int last = -1;
      if (part instanceof Literal literal) {
        for (int p = 0; p < current.length; p++) {
          if (current[p]) {
            for (String alternative : literal.alternatives()) {
              if (p + alternative.length() <= window && text.startsWith(alternative, from + p)) {
                next[p + alternative.length()] = true;
                last = Math.max(last, p + alternative.length());
              }
            }
          }
        }
      } else {
        Run run = (Run) part;
        // positions p..runEnd-1 hold characters of the alphabet; the run from p ends in [p + min, min(p + max, runEnd)]
        int[] delta = new int[limit + 2];
        int runEnd = 0;
        for (int p = 0; p < current.length; p++) {
          if (!current[p]) {
            continue;
          }
          runEnd = Math.max(runEnd, p);
          int bound = Math.min(window, p + run.max());
          while (runEnd < bound && run.alphabet().contains(text.charAt(from + runEnd))) {
            runEnd++;
          }
          int lo = p + run.min();
          int hi = Math.min(bound, runEnd);
          if (lo <= hi) {
            delta[lo]++;
            delta[hi + 1]--;
            last = Math.max(last, hi);
          }
        }
        int open = 0;
        for (int p = 0; p <= last; p++) {
          open += delta[p];
          next[p] = open > 0;
        }
      }
      if (last < 0) {
        return null;
      }
      reach[i + 1] = last == limit ? next : Arrays.copyOf(next, last + 1);
    }
    return reach;
  }

  /** Cuts {@code text[from, from + end)} into its parts (from the end, each run as long as it can be) and checks it. */
  @Nullable
  private Token token(String text, int from, int end, boolean[][] reach) {
    int[] bounds = new int[parts.size() + 1];
    bounds[parts.size()] = end;
    int e = end;
    for (int i = parts.size() - 1; i >= 0; i--) {
      int start = -1;
      if (parts.get(i) instanceof Literal literal) {
        for (String alternative : literal.alternatives()) {
          int s = e - alternative.length();
          if (s >= 0 && s < reach[i].length && reach[i][s] && text.startsWith(alternative, from + s)) {
            start = s;
            break;
          }
        }
      } else {
        Run run = (Run) parts.get(i);
        int q = e;
        while (q > 0 && e - q < run.max() && run.alphabet().contains(text.charAt(from + q - 1))) {
          q--;
        }
        for (int s = q; s <= e - run.min() && s < reach[i].length; s++) {
          if (reach[i][s]) {
            start = s;
            break;
          }
        }
        if (start >= 0 && !run.meetsRequirements(text, from + start, from + e)) {
          return null;
        }
      }
      if (start < 0) {
        return null;
      }
      bounds[i] = start;
      e = start;
    }
    Token token = new Token(text.substring(from, from + end), parts, bounds);
    for (TokenCheck check : checks) {
      if (!check.holds(token)) {
        return null;
      }
    }
    return token;
  }

  @Override
  public String toString() {
    return parts.stream().map(String::valueOf).collect(Collectors.joining(" ")) + (checks.isEmpty() ? "" : (" " + checks));
  }
}
