package com.providercredentials.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a token of each shape of a {@link ShapeIndex} needs from where it starts: room for its shortest token, and one
 * alternative of each literal after its leading one ({@code .supabase.co}, {@code @api}, {@code -us}). Shapes are
 * numbered as {@link ShapeIndex} numbers them: the order they were added in.
 *
 * <p>The later literals are looked for with a {@link Cursor} per value, which remembers where each was next found:
 * the leads of a value are met in order, so a value of many leads (a text of {@code https://} repeated) is read once
 * per literal, not once per lead.
 */
final class ShapeRests {

  /** The shortest token of a shape, and its later literals, each as the indexes of its alternatives in {@link #literals}. */
  private record Rest(int shortest, int[][] literals) { }

  private final List<Rest> rests = new ArrayList<>();
  /** Every alternative of a later literal, once. */
  private final List<String> literals = new ArrayList<>();

  /** Adds the next shape. */
  void add(Shape shape) {
    List<int[]> later = new ArrayList<>();
    List<ShapePart> parts = shape.parts();
    for (int i = shape.prefixes().isEmpty() ? 0 : 1; i < parts.size(); i++) {
      if (parts.get(i) instanceof ShapePart.Literal literal) {
        later.add(literal.alternatives().stream().mapToInt(this::literal).toArray());
      }
    }
    rests.add(new Rest(shape.shortestToken(), later.toArray(int[][]::new)));
  }

  private int literal(String alternative) {
    int index = literals.indexOf(alternative);
    if (index < 0) {
      literals.add(alternative);
      return literals.size() - 1;
    }
    return index;
  }

  /** A cursor over one value, for {@link #fit} at starts that do not decrease. */
  Cursor in(String value) {
    return new Cursor(value);
  }

  /** Whether a token of the shape may start at {@code start} of the cursor's value. */
  boolean fit(int shape, Cursor cursor, int start) {
    Rest rest = rests.get(shape);
    if (cursor.value.length() - start < rest.shortest) {
      return false;
    }
    for (int[] alternatives : rest.literals) {
      if (!cursor.holdsOne(alternatives, start)) {
        return false;
      }
    }
    return true;
  }

  /** Where each later literal is next found in one value: searched when first needed, again once passed. */
  final class Cursor {

    private static final int UNKNOWN = -2;

    private final String value;
    private int[] next;

    private Cursor(String value) {
      this.value = value;
    }

    private boolean holdsOne(int[] alternatives, int from) {
      if (next == null) {
        next = new int[literals.size()];
        Arrays.fill(next, UNKNOWN);
      }
      for (int literal : alternatives) {
        // -1: not found from an earlier start, so not from this one either
        if (next[literal] != -1 && next[literal] < from) {
          next[literal] = value.indexOf(literals.get(literal), from);
        }
        if (next[literal] >= from) {
          return true;
        }
      }
      return false;
    }
  }
}
