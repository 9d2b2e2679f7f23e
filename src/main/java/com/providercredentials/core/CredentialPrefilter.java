package com.providercredentials.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-filter: whether a value can hold an identifier, a secret or an encoded pair at all. Each is a run of at least
 * {@link #minimumLength()} characters of its shapes' alphabets and prefixes (or of Base64), so a value without such a
 * run holds none. Most values (texts of Android string resources, messages) have none, and are not searched further.
 */
final class CredentialPrefilter {

  /** The characters an identifier, a secret or an encoded pair is written with (ASCII only). */
  private final boolean[] credentialChars = new boolean[128];
  private final int minimumLength;
  /**
   * The shortest run that may hold a credential with no digit in it: shapes whose runs require a digit (Vonage's
   * 16-character secret) lower {@link #minimumLength()} for runs that hold one only, so that the many 16- to 19-character
   * words and names of a project are not all candidates.
   */
  private final int plainMinimum;

  CredentialPrefilter(List<ProviderSpec> specs) {
    // Base64 (both alphabets, padded) for the encoded pairs PairDecoder reads
    for (char c = 0; c < credentialChars.length; c++) {
      credentialChars[c] |= Shape.Alphabet.BASE64_PADDED.contains(c);
    }
    credentialChars['-'] = true;
    credentialChars['_'] = true;
    // the runs' alphabets only: a literal's characters (SendGrid's dots, FCM's colon) would make every dotted name
    // or URL one long run; a token is still a run of at least its longest stretch of run characters (below)
    List<Shape> shapes = new ArrayList<>();
    for (ProviderSpec spec : specs) {
      spec.identifiers().forEach(id -> shapes.add(id.shape()));
      spec.secrets().forEach(secret -> shapes.add(secret.shape()));
    }
    for (Shape shape : shapes) {
      for (ShapePart part : shape.parts()) {
        if (part instanceof ShapePart.Run run) {
          run.markCharacters(credentialChars);
        }
      }
    }
    int min = Integer.MAX_VALUE;
    int plain = Integer.MAX_VALUE;
    for (Shape shape : shapes) {
      int stretch = longestStretch(shape);
      min = Math.min(min, stretch);
      if (!requiresDigit(shape)) {
        plain = Math.min(plain, stretch);
      }
    }
    this.minimumLength = min == Integer.MAX_VALUE ? 1 : min;
    this.plainMinimum = plain == Integer.MAX_VALUE ? minimumLength : plain;
  }

  private static boolean requiresDigit(Shape shape) {
    for (ShapePart part : shape.parts()) {
      if (part instanceof ShapePart.Run run && run.requirements().contains(ShapePart.Requirement.DIGIT)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a character is one that identifiers, secrets and encoded pairs are written with (ASCII only). */
  boolean isRunCharacter(char c) {
    return c < credentialChars.length && credentialChars[c];
  }

  /** The shortest run without a digit that may hold an identifier or a secret ({@link #minimumLength()} or more). */
  int plainMinimum() {
    return plainMinimum;
  }

  /**
   * The shortest length of the longest stretch of consecutive parts of the shape written only with credential
   * characters: every token of the shape holds a run at least that long ({@code SG.} + 22 + {@code .} + 43: 43;
   * {@code AKIA} + 16: 20).
   */
  private int longestStretch(Shape shape) {
    int longest = 0;
    int stretch = 0;
    for (ShapePart part : shape.parts()) {
      if (writtenWithCredentialChars(part)) {
        stretch += part.minLength();
        longest = Math.max(longest, stretch);
      } else {
        stretch = 0;
      }
    }
    return Math.max(1, longest);
  }

  private boolean writtenWithCredentialChars(ShapePart part) {
    if (part instanceof ShapePart.Literal literal) {
      for (String alternative : literal.alternatives()) {
        for (int i = 0; i < alternative.length(); i++) {
          char c = alternative.charAt(i);
          if (c >= credentialChars.length || !credentialChars[c]) {
            return false;
          }
        }
      }
      return true;
    }
    return true;
  }

  /** The shortest run of credential characters that can hold an identifier or a secret (1 without specs). */
  int minimumLength() {
    return minimumLength;
  }

  /**
   * Whether the value holds a run of at least {@link #minimumLength()} credential characters with a digit in it, or of at
   * least {@link #plainMinimum()} without one that does not {@link #readsAsWords read as words}.
   */
  boolean mayHoldCredential(String value) {
    int run = 0;
    int start = 0;
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < credentialChars.length && credentialChars[c]) {
        if (run == 0) {
          start = i;
        }
        run++;
        digit |= c >= '0' && c <= '9';
        if (digit && run >= minimumLength) {
          return true;
        }
      } else {
        if (!digit && run >= plainMinimum && !readsAsWords(value, start, i)) {
          return true;
        }
        run = 0;
        digit = false;
      }
    }
    return !digit && run >= plainMinimum && !readsAsWords(value, start, value.length());
  }

  /**
   * Whether a run without a digit reads as the words of a name, as code and resources write them:
   * {@code UnusedReceiverParameter}, {@code OPT_IN_MARKER_ON_WRONG_TARGET}, {@code payment_method_types},
   * {@code application/octet-stream}. Each part between other characters than letters is one upper-case word of two
   * letters or more, or camel case (a lower-case word of two or more, or a capitalised one, then capitalised words of two
   * letters or more), no word is longer than 16 letters, and there are two words at least. Such a run is no credential
   * (docs/adr/031): of random alphanumeric runs, about one in 4,000 of 20 characters holds no digit and reads so, one in
   * 20,000 of 24 ({@code CredentialPrefilterTest}); a run in a single case ({@code abcdefabcdefabcdefab}) is one word,
   * and never does.
   */
  static boolean readsAsWords(CharSequence text, int from, int to) {
    int words = 0;
    int i = from;
    while (i < to) {
      int end = i;
      while (end < to && isAsciiLetter(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        int partWords = partWords(text, i, end);
        if (partWords < 0) {
          return false;
        }
        words += partWords;
      }
      i = end + 1;
    }
    return words >= 2;
  }

  /** The longest word of a name: longer runs of letters in one case ({@code abcdefghijklmnopqrst}) are no words. */
  private static final int LONGEST_WORD = 16;

  /** The words of letters between two other characters, or -1 when they read as no words. */
  private static int partWords(CharSequence text, int from, int to) {
    boolean upper = true;
    for (int i = from; i < to && upper; i++) {
      upper = isUpper(text.charAt(i));
    }
    if (upper) {
      return to - from >= 2 && to - from <= LONGEST_WORD ? 1 : -1;
    }
    int words = 0;
    int i = from;
    while (i < to) {
      int end = i + 1;
      while (end < to && !isUpper(text.charAt(end))) {
        end++;
      }
      if (end - i < 2 || end - i > LONGEST_WORD) {
        // a lone capital, capitals in a row (an acronym, or random case), or more letters than a word has
        return -1;
      }
      words++;
      i = end;
    }
    return words;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || isUpper(c);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
