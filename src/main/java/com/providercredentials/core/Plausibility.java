package com.providercredentials.core;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a credential from a placeholder or a made-up value of the right shape: known documentation
 * values, placeholder words ({@code example}, {@code your}...), long runs of one character or of a
 * sequence ({@code 0123456789abcdef}), and too few distinct characters for a random value of that length. A
 * composite shape's value is judged on its random runs ({@link Shape#judged}), each against its own alphabet.
 */
public final class Plausibility {

  /** Runs this long occur in a random 32-hex value about once in 40,000. */
  private static final int MAX_RUN = 5;

  private final Vocabulary vocabulary;

  public Plausibility(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Whether {@code value}, of the given shape, looks like a real credential rather than a placeholder. */
  public boolean plausible(String value, Shape shape, Set<String> knownPlaceholders) {
    if (knownPlaceholders.contains(value)) {
      return false;
    }
    if (!shape.isComposite()) {
      return !hasPlaceholderWord(value) && randomLooking(shape.body(value), shape.alphabet());
    }
    // a composite token is judged on its random runs: its literals ("sk_test_", "hooks.slack.com") say nothing
    for (Shape.Judged part : shape.judged(value)) {
      if (hasPlaceholderWord(part.text()) || !randomLooking(part.text(), part.alphabet())) {
        return false;
      }
    }
    return true;
  }

  private boolean hasPlaceholderWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : vocabulary.placeholders()) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean randomLooking(String text, Shape.Alphabet alphabet) {
    return !hasLongRun(text) && distinctCharacters(text) >= minimumDistinct(alphabet.size(), text.length());
  }

  /** Half the number of distinct characters expected in a random string of this length over this alphabet. */
  static int minimumDistinct(int alphabetSize, int length) {
    double expected = alphabetSize * (1 - Math.pow((alphabetSize - 1.0) / alphabetSize, length));
    return (int) Math.floor(expected / 2);
  }

  static int distinctCharacters(String text) {
    return (int) text.toLowerCase(Locale.ROOT).chars().distinct().count();
  }

  /** A run of more than {@link #MAX_RUN} equal, ascending or descending characters (case-insensitive). */
  static boolean hasLongRun(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int same = 1;
    int up = 1;
    int down = 1;
    for (int i = 1; i < lower.length(); i++) {
      int step = lower.charAt(i) - lower.charAt(i - 1);
      same = step == 0 ? same + 1 : 1;
      up = step == 1 ? up + 1 : 1;
      down = step == -1 ? down + 1 : 1;
      if (same > MAX_RUN || up > MAX_RUN || down > MAX_RUN) {
        return true;
      }
    }
    return false;
  }
}
