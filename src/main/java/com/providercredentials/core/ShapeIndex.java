package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Which shapes of the catalog a value may hold, found in one pass over the value, so that the cost of a value does not
 * grow with the number of providers (docs/adr/021). Most shapes start with a literal ({@code sk_live_}, {@code AC},
 * {@code SG.}): a value may hold one only where the literal is written, and the value's pairs of characters, looked up
 * in a table of the literals' first two, say which. A shape without a leading literal (32 hex, a UUID) matches only a
 * whole value, or the credential after an authorization scheme, of its lengths and written in its characters: the set
 * of characters of the value, found once, says which.
 *
 * <p>A leading literal is not enough on its own: a one-character literal ({@code E} + 79 characters) is met in most
 * values. A shape is let through only where the rest of the value is long enough for its shortest token, and holds every
 * later literal of the shape ({@code .supabase.co}, {@code @api}); a whole shape only when the value holds a character of
 * each class its runs require.
 *
 * <p>The answer is a superset: a shape it rules out cannot match the value; one it lets through is matched as before.
 */
final class ShapeIndex {

  private static final int ASCII = 128;

  /** The id of every shape of the specs, in the order met. */
  private final Map<Shape, Integer> ids = new IdentityHashMap<>();
  /** The leading literals by their first two characters ({@code c0 * 128 + c1}): the shapes each may start. */
  private final Map<Integer, List<Lead>> leads = new HashMap<>();
  /** Pairs of first characters some leading literal starts with, for a look-up without boxing. */
  private final boolean[] leadPairs = new boolean[ASCII * ASCII];
  /** Shapes without a leading literal: matched whole, of a length and in their characters. */
  private final List<Whole> whole = new ArrayList<>();
  /** Shapes whose leading literal is one character, by that character ({@code A} + 31 characters). */
  private final int[][] single = new int[ASCII][];
  /** Shapes that are always tried: those whose leading literal is not ASCII. */
  private final List<Integer> always = new ArrayList<>();
  /** What a token of each shape needs after its leading literal, by shape id. */
  private final ShapeRests rests = new ShapeRests();

  private record Lead(String literal, int shape) { }

  /**
   * A shape matched whole: its lengths and its characters, as bits of ASCII codes 0-63 and 64-127, and the classes of
   * characters its runs require, as the same bits (one of each class must be in the value).
   */
  private record Whole(int shape, int minLength, int maxLength, long low, long high, List<long[]> required) {

    boolean fits(int length, long valueLow, long valueHigh) {
      if (length < minLength || length > maxLength || (valueLow & ~low) != 0 || (valueHigh & ~high) != 0) {
        return false;
      }
      for (long[] characters : required) {
        if ((valueLow & characters[0]) == 0 && (valueHigh & characters[1]) == 0) {
          return false;
        }
      }
      return true;
    }
  }

  ShapeIndex(List<ProviderSpec> specs) {
    for (ProviderSpec spec : specs) {
      for (IdentifierKind kind : spec.identifiers()) {
        add(kind.shape());
      }
      for (SecretKind kind : spec.secrets()) {
        add(kind.shape());
      }
    }
  }

  private void add(Shape shape) {
    if (ids.containsKey(shape)) {
      return;
    }
    int id = ids.size();
    ids.put(shape, id);
    List<ShapePart> parts = shape.parts();
    rests.add(shape);
    if (shape.prefixes().isEmpty()) {
      boolean[] characters = new boolean[ASCII];
      shape.markCharacters(characters);
      long[] alphabet = asciiBits(c -> characters[c]);
      whole.add(new Whole(id, shape.shortestToken(), shape.longestToken(), alphabet[0], alphabet[1], requiredCharacters(parts)));
      return;
    }
    for (String literal : shape.prefixes()) {
      if (literal.isEmpty() || literal.chars().limit(2).anyMatch(c -> c >= ASCII)) {
        always.add(id);
        return;
      }
    }
    for (String literal : shape.prefixes()) {
      if (literal.length() == 1) {
        int[] ids = single[literal.charAt(0)];
        single[literal.charAt(0)] = ids == null ? new int[] {id} : java.util.stream.IntStream.concat(java.util.Arrays.stream(ids),
          java.util.stream.IntStream.of(id)).toArray();
        continue;
      }
      int pair = literal.charAt(0) * ASCII + literal.charAt(1);
      leadPairs[pair] = true;
      leads.computeIfAbsent(pair, p -> new ArrayList<>(2)).add(new Lead(literal, id));
    }
  }

  /** The classes of characters the runs require, as bits of ASCII codes 0-63 and 64-127. */
  private static List<long[]> requiredCharacters(List<ShapePart> parts) {
    List<long[]> required = new ArrayList<>();
    for (ShapePart part : parts) {
      if (part instanceof ShapePart.Run run) {
        for (ShapePart.Requirement requirement : run.requirements()) {
          required.add(asciiBits(c -> requirement.test((char) c)));
        }
      }
    }
    return List.copyOf(required);
  }

  /** The ASCII codes for which {@code holds} is true, as bits of codes 0-63 and 64-127. */
  private static long[] asciiBits(java.util.function.IntPredicate holds) {
    long[] bits = new long[2];
    for (int c = 0; c < ASCII; c++) {
      if (holds.test(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /**
   * The shapes a value may hold: those whose leading literal it contains, those it (stripped) or the credential after its
   * authorization scheme is whole of the length and alphabet of, and those always tried.
   */
  Shapes of(String value, @Nullable String credential) {
    long[] bits = new long[(ids.size() + 63) / 64];
    boolean any = false;
    int length = value.length();
    ShapeRests.Cursor later = rests.in(value);
    for (int i = 0; i < length; i++) {
      char c0 = value.charAt(i);
      if (c0 >= ASCII) {
        continue;
      }
      int[] singles = single[c0];
      if (singles != null) {
        for (int id : singles) {
          if (rests.fit(id, later, i)) {
            bits[id >>> 6] |= 1L << id;
            any = true;
          }
        }
      }
      char c1 = i + 1 < length ? value.charAt(i + 1) : 0;
      if (c1 < ASCII && leadPairs[c0 * ASCII + c1]) {
        for (Lead lead : leads.get(c0 * ASCII + c1)) {
          if (value.startsWith(lead.literal, i) && rests.fit(lead.shape, later, i)) {
            bits[lead.shape >>> 6] |= 1L << lead.shape;
            any = true;
          }
        }
      }
    }
    if (!whole.isEmpty()) {
      String stripped = value.strip();
      any |= markWhole(bits, stripped);
      if (credential != null && !credential.equals(stripped)) {
        any |= markWhole(bits, credential);
      }
    }
    for (int id : always) {
      bits[id >>> 6] |= 1L << id;
      any = true;
    }
    return new Shapes(ids, bits, !any);
  }

  private boolean markWhole(long[] bits, String value) {
    int length = value.length();
    long low = 0;
    long high = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 64) {
        low |= 1L << c;
      } else if (c < ASCII) {
        high |= 1L << (c - 64);
      } else {
        // no shape is written with other characters
        return false;
      }
    }
    boolean any = false;
    for (Whole shape : whole) {
      if (shape.fits(length, low, high) && rests.fit(shape.shape, rests.in(value), 0)) {
        bits[shape.shape >>> 6] |= 1L << shape.shape;
        any = true;
      }
    }
    return any;
  }

  /** The shapes one value may hold. */
  static final class Shapes {

    private final Map<Shape, Integer> ids;
    private final long[] bits;
    private final boolean none;

    private Shapes(Map<Shape, Integer> ids, long[] bits, boolean none) {
      this.ids = ids;
      this.bits = bits;
      this.none = none;
    }

    /** Whether the value may hold no shape of the index. */
    boolean none() {
      return none;
    }

    /** Whether the value may hold this shape (a shape of no spec of the index: yes). */
    boolean may(Shape shape) {
      Integer id = ids.get(shape);
      return id == null || (!none && (bits[id >>> 6] & (1L << id)) != 0);
    }

    /** Whether the value may hold the shape of one of these secret kinds. */
    boolean mayAnySecret(List<SecretKind> kinds) {
      for (SecretKind kind : kinds) {
        if (may(kind.shape())) {
          return true;
        }
      }
      return false;
    }
  }
}
