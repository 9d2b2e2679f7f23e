package com.providercredentials.core.escapes;

import javax.annotation.Nullable;

/**
 * The escapes of a dialect of strings that a front-end reads, one decoder each: {@link #KOTLIN}, {@link #GROOVY},
 * {@link #PROPERTIES}, {@link #JSON}, {@link #ANDROID_RESOURCE} ({@link JavaEscapes} for Java's, which the compiler
 * reads in two passes). A dialect says which control letters it has, what a {@code \}{@code u} without four
 * hexadecimal digits becomes, its octal escapes and line continuations, and whether a lone trailing backslash is
 * malformed; what follows a backslash otherwise stands for itself ({@code \" \\ \$}). None throws on a malformed or
 * truncated escape.
 *
 * @param controls         the letters among {@code b t n f r} that stand for their control characters
 * @param badUnicode       what a malformed {@code \}{@code u} is
 * @param octal            the dialect's octal escapes
 * @param lineEnd          what a backslash before a line end does
 * @param strictTrailing   whether a trailing lone backslash is malformed (else it is kept)
 * @param quoted           whether surrounding double quotes are dropped first (Android's resources)
 */
public record EscapeDialect(String controls, BadUnicode badUnicode, Octal octal, LineEnd lineEnd, boolean strictTrailing, boolean quoted) {

  /**
   * Kotlin's, as the compiler's lexer and {@code KtEscapeStringTemplateEntry} read them: {@code \}{@code uXXXX},
   * {@code \t \b \n \r \' \" \\ \$}, and, as the compiler tolerates them, {@code \f} and one octal digit
   * ({@code \0}-{@code \7}); a malformed {@code \}{@code u} is kept as written.
   */
  public static final EscapeDialect KOTLIN = new EscapeDialect("btnfr", BadUnicode.KEPT, Octal.ONE_DIGIT, LineEnd.NONE, false, false);

  /**
   * Groovy's, in single- and double-quoted strings: {@code \n \t \r \b \f}, {@code \}{@code uXXXX}, octal
   * {@code \0}-{@code \377}, a backslash before a line end continues the line; a malformed {@code \}{@code u} is the letter u.
   */
  public static final EscapeDialect GROOVY = new EscapeDialect("btnfr", BadUnicode.LETTER, Octal.UP_TO_377, LineEnd.CONTINUES, false, false);

  /**
   * A properties file's, as {@link java.util.Properties} reads them: {@code \t \n \r \f}, {@code \}{@code uXXXX},
   * continued lines without the next line's leading blanks; a malformed {@code \}{@code u} is the letter u, where
   * {@link java.util.Properties} would throw.
   */
  public static final EscapeDialect PROPERTIES = new EscapeDialect("tnrf", BadUnicode.LETTER, Octal.NONE, LineEnd.CONTINUES_TRIMMED, false, false);

  /**
   * JSON's: {@code \" \\ \/ \b \f \n \r \t} and {@code \}{@code uXXXX}, other characters read as themselves as
   * lenient readers do; a malformed {@code \}{@code u} or a lone trailing backslash is malformed: the file is not JSON.
   */
  public static final EscapeDialect JSON = new EscapeDialect("btnfr", BadUnicode.MALFORMED, Octal.NONE, LineEnd.NONE, true, false);

  /**
   * An Android string resource's ({@code res/values/strings.xml}, the manifest's meta-data), after XML's own:
   * surrounding double quotes dropped, {@code \n \t}, {@code \}{@code uXXXX}, {@code \' \" \@ \?}; a malformed
   * {@code \}{@code u} is kept as written.
   */
  public static final EscapeDialect ANDROID_RESOURCE = new EscapeDialect("nt", BadUnicode.KEPT, Octal.NONE, LineEnd.NONE, false, true);

  /** What a {@code \}{@code u} without four hexadecimal digits is. */
  public enum BadUnicode {
    /** {@code \}{@code u} kept as written, what follows read as text. */
    KEPT,
    /** The letter {@code u}, what follows read as text. */
    LETTER,
    /** Malformed: the text cannot be read. */
    MALFORMED
  }

  public enum Octal {
    NONE,
    /** {@code \0}-{@code \377}: up to three digits, the first of them 0-3 for three. */
    UP_TO_377,
    /** One digit, {@code \0}-{@code \7}, as Kotlin's compiler reads it. */
    ONE_DIGIT
  }

  public enum LineEnd {
    /** The line end stands for itself. */
    NONE,
    /** {@code \} before {@code \n} continues the line. */
    CONTINUES,
    /** {@code \} before {@code \n}, {@code \r} or {@code \r\n} continues the line, the next line's leading blanks dropped. */
    CONTINUES_TRIMMED
  }

  private static final String LETTERS = "btnfr";
  private static final String CONTROLS = "\b\t\n\f\r";

  /** The text with its escapes decoded, or null when one is malformed (only in a dialect that says so). */
  @Nullable
  public String decode(String written) {
    String text = quoted && written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")
      ? written.substring(1, written.length() - 1) : written;
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != '\\') {
        out.append(c);
        at++;
        continue;
      }
      at = decodeAt(text, at, out);
      if (at < 0) {
        return null;
      }
    }
    return out.toString();
  }

  /** Decodes the escape whose backslash is at {@code at} into {@code out}: the index after it, or -1 when it is malformed. */
  public int decodeAt(String text, int at, StringBuilder out) {
    if (at + 1 >= text.length()) {
      if (strictTrailing) {
        return -1;
      }
      out.append('\\');
      return at + 1;
    }
    char next = text.charAt(at + 1);
    if (next == 'u') {
      return unicode(text, at, out);
    }
    if (next >= '0' && next <= '7' && octal != Octal.NONE) {
      return octal(text, at + 1, out);
    }
    if ((next == '\n' || next == '\r') && lineEnd != LineEnd.NONE) {
      return continuation(text, at + 1, out);
    }
    int letter = controls.indexOf(next);
    out.append(letter >= 0 ? CONTROLS.charAt(LETTERS.indexOf(next)) : next);
    return at + 2;
  }

  private int unicode(String text, int at, StringBuilder out) {
    int decoded = hex4(text, at + 2);
    if (decoded >= 0) {
      out.append((char) decoded);
      return at + 6;
    }
    switch (badUnicode) {
      case KEPT -> out.append("\\u");
      case LETTER -> out.append('u');
      default -> {
        return -1;
      }
    }
    return at + 2;
  }

  private int octal(String text, int from, StringBuilder out) {
    int max = octal == Octal.ONE_DIGIT ? 1 : (text.charAt(from) <= '3' ? 3 : 2);
    int value = 0;
    int at = from;
    while (at < text.length() && at - from < max && text.charAt(at) >= '0' && text.charAt(at) <= '7') {
      value = value * 8 + (text.charAt(at) - '0');
      at++;
    }
    out.append((char) value);
    return at;
  }

  private int continuation(String text, int lineEndAt, StringBuilder out) {
    if (lineEnd == LineEnd.CONTINUES) {
      if (text.charAt(lineEndAt) == '\r') {
        // only a \n continues the line
        out.append('\r');
      }
      return lineEndAt + 1;
    }
    int at = lineEndAt;
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      at++;
    }
    at++;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\f')) {
      at++;
    }
    return at;
  }

  /** The character of the four ASCII hexadecimal digits at {@code from}, or -1 when there are not four. */
  static int hex4(CharSequence text, int from) {
    if (from < 0 || from + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text.charAt(i);
      int digit = c > 'f' ? -1 : Character.digit(c, 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
