package com.providercredentials.core;

import com.providercredentials.core.Shape.Alphabet;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * One part of a composite {@link Shape}: a literal (one of a few fixed texts) or a run of characters of one alphabet
 * with a bounded length. A token is a sequence of parts: {@code SG.} run{22} {@code .} run{43}.
 */
public sealed interface ShapePart {

  /** A class of characters a run may need to contain, so that a digest or a word is not taken for a credential. */
  enum Requirement {
    UPPER, LOWER, DIGIT;

    boolean test(char c) {
      return switch (this) {
        case UPPER -> c >= 'A' && c <= 'Z';
        case LOWER -> c >= 'a' && c <= 'z';
        case DIGIT -> c >= '0' && c <= '9';
      };
    }
  }

  /** The shortest text this part matches. */
  int minLength();

  /** The longest text this part matches. */
  int maxLength();

  /** Marks, in a table indexed by ASCII code, every character this part may be written with. */
  void markCharacters(boolean[] ascii);

  /** Fixed text: one of {@code alternatives} ({@code [ghp_, gho_]}); ASCII only. */
  record Literal(List<String> alternatives) implements ShapePart {

    public Literal {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty() || alternatives.stream().anyMatch(a -> a.isEmpty() || !a.chars().allMatch(c -> c > 32 && c < 127))) {
        throw new IllegalArgumentException("A literal is one or more non-empty texts of printable ASCII: " + alternatives);
      }
    }

    public static Literal of(String... alternatives) {
      return new Literal(List.of(alternatives));
    }

    /** Whether an alternative starts another ({@code sk-}, {@code sk-proj-}): the simple matcher takes the first only. */
    boolean overlaps() {
      for (int i = 0; i < alternatives.size(); i++) {
        for (int j = 0; j < alternatives.size(); j++) {
          if (i != j && alternatives.get(j).startsWith(alternatives.get(i))) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public int minLength() {
      return alternatives.stream().mapToInt(String::length).min().orElseThrow();
    }

    @Override
    public int maxLength() {
      return alternatives.stream().mapToInt(String::length).max().orElseThrow();
    }

    @Override
    public void markCharacters(boolean[] ascii) {
      alternatives.forEach(a -> a.chars().forEach(c -> ascii[c] = true));
    }

    @Override
    public String toString() {
      return alternatives.size() == 1 ? ("'" + alternatives.get(0) + "'") : alternatives.toString();
    }
  }

  /**
   * Characters of one alphabet, {@code min} to {@code max} of them. {@code name} lets checks, payloads, decoders and
   * the Detector refer to the run ({@code secret}, {@code identifier} have a meaning of their own); {@code random}
   * runs are judged by {@link Plausibility} (a user id made of digits is not).
   */
  record Run(@Nullable String name, Alphabet alphabet, int min, int max, List<Requirement> requirements, boolean random) implements ShapePart {

    public Run {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException("Invalid length " + min + ".." + max);
      }
      requirements = List.copyOf(requirements);
    }

    public static Run of(Alphabet alphabet, int min, int max) {
      return new Run(null, alphabet, min, max, List.of(), true);
    }

    public Run named(String newName) {
      return new Run(newName, alphabet, min, max, requirements, random);
    }

    @Override
    public int minLength() {
      return min;
    }

    @Override
    public int maxLength() {
      return max;
    }

    @Override
    public void markCharacters(boolean[] ascii) {
      for (char c = 0; c < ascii.length; c++) {
        ascii[c] |= alphabet.contains(c);
      }
    }

    /** Whether {@code text[from, to)} holds a character of every required class. */
    boolean meetsRequirements(CharSequence text, int from, int to) {
      for (Requirement requirement : requirements) {
        boolean met = false;
        for (int i = from; i < to && !met; i++) {
          met = requirement.test(text.charAt(i));
        }
        if (!met) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return (name == null ? "" : (name + ":")) + alphabet.name().toLowerCase(Locale.ROOT) + "{" + min + (max == min ? "" : ("," + max)) + "}"
        + (requirements.isEmpty() ? "" : requirements.toString().toLowerCase(Locale.ROOT)) + (random ? "" : "~");
    }
  }
}
