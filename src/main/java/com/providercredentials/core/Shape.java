package com.providercredentials.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The form of a credential: optional literal prefixes, then a body of characters from one alphabet
 * with a bounded length. Shapes are matched without regular expressions, in time linear in the input:
 * a whole value is checked character by character, and a search inside a longer text only starts at the
 * occurrences of a prefix.
 */
public final class Shape {

  /** A class of characters a credential may need to contain, so that a digest or a word is not taken for it. */
  public enum Requirement {
    UPPER, LOWER, DIGIT
  }

  private final List<String> prefixes;
  private final Alphabet alphabet;
  private final int minLength;
  private final int maxLength;
  private final List<Requirement> requirements;

  public Shape(List<String> prefixes, Alphabet alphabet, int minLength, int maxLength, List<Requirement> requirements) {
    this.prefixes = List.copyOf(prefixes);
    this.alphabet = Objects.requireNonNull(alphabet);
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("Invalid length " + minLength + ".." + maxLength);
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.requirements = List.copyOf(requirements);
  }

  public List<String> prefixes() {
    return prefixes;
  }

  public Alphabet alphabet() {
    return alphabet;
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The length of the shortest whole token of this shape (its shortest prefix included). */
  public int shortestToken() {
    return minLength + prefixes.stream().mapToInt(String::length).min().orElse(0);
  }

  /**
   * Marks, in a table indexed by ASCII code, every character a token of this shape may be written with: the
   * prefilter ({@link Detector}) skips values that hold no run of {@link #shortestToken()} such characters.
   */
  public void markCharacters(boolean[] ascii) {
    for (char c = 0; c < ascii.length; c++) {
      ascii[c] |= alphabet.contains(c);
    }
    for (String prefix : prefixes) {
      prefix.chars().filter(c -> c < ascii.length).forEach(c -> ascii[c] = true);
    }
  }

  /** Whether the whole value has this shape. */
  public boolean matches(String value) {
    String prefix = prefixOf(value);
    if (prefix == null) {
      return false;
    }
    int bodyLength = value.length() - prefix.length();
    if (bodyLength < minLength || bodyLength > maxLength) {
      return false;
    }
    return bodyMatches(value, prefix.length(), value.length());
  }

  /** The body of a value that matches: the part after the prefix. */
  public String body(String value) {
    String prefix = prefixOf(value);
    return prefix == null ? value : value.substring(prefix.length());
  }

  /**
   * The occurrences of this shape inside a longer text, bounded on both sides by characters that are not
   * letters or digits. Only shapes with prefixes can be searched: a bare 32-hex run inside a text is
   * evidence of nothing.
   */
  public List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    if (prefixes.isEmpty()) {
      return found;
    }
    for (String prefix : prefixes) {
      int from = 0;
      while (true) {
        int at = text.indexOf(prefix, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
          continue;
        }
        int bodyStart = at + prefix.length();
        int end = bodyStart;
        int limit = Math.min(text.length(), bodyStart + maxLength + 1);
        while (end < limit && alphabet.contains(text.charAt(end))) {
          end++;
        }
        int length = end - bodyStart;
        if (length < minLength || length > maxLength) {
          continue;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          continue;
        }
        if (meetsRequirements(text, bodyStart, end)) {
          found.add(new Match(at, end, text.substring(at, end)));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found;
  }

  private String prefixOf(String value) {
    if (prefixes.isEmpty()) {
      return "";
    }
    for (String prefix : prefixes) {
      if (value.startsWith(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  private boolean bodyMatches(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!alphabet.contains(value.charAt(i))) {
        return false;
      }
    }
    return meetsRequirements(value, from, to);
  }

  private boolean meetsRequirements(String value, int from, int to) {
    for (Requirement requirement : requirements) {
      boolean met = false;
      for (int i = from; i < to && !met; i++) {
        char c = value.charAt(i);
        met = switch (requirement) {
          case UPPER -> c >= 'A' && c <= 'Z';
          case LOWER -> c >= 'a' && c <= 'z';
          case DIGIT -> c >= '0' && c <= '9';
        };
      }
      if (!met) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return (prefixes.isEmpty() ? "" : (prefixes + " + ")) + alphabet.name().toLowerCase(Locale.ROOT)
      + "{" + minLength + (maxLength == minLength ? "" : ("," + maxLength)) + "}";
  }

  /** An occurrence found inside a text: {@code [start, end)} offsets and the matched text. */
  public record Match(int start, int end, String text) {
  }

  /** The alphabets credentials are drawn from. */
  public enum Alphabet {
    HEX("0123456789abcdefABCDEF"),
    LOWER_HEX("0123456789abcdef"),
    ALNUM("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    BASE32_UPPER("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    BASE64("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/"),
    BASE64_PADDED("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/="),
    BASE64_URL("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    private final boolean[] members = new boolean[128];
    private final int size;

    Alphabet(String characters) {
      for (char c : characters.toCharArray()) {
        members[c] = true;
      }
      size = (int) characters.chars().distinct().count();
    }

    public boolean contains(char c) {
      return c < 128 && members[c];
    }

    /** How many distinct characters the alphabet has (hex counts both cases once each). */
    public int size() {
      return this == HEX ? 16 : size;
    }
  }
}
