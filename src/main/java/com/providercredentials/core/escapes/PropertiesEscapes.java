package com.providercredentials.core.escapes;

/**
 * The escapes of a properties file, as {@link java.util.Properties} reads them: {@code \t \n \r \f},
 * {@code \}{@code uXXXX}, a backslash before a line end continues the line (the next line's leading blanks dropped),
 * any other character stands for itself ({@code \=}, {@code \:}, {@code \ }). A malformed {@code \}{@code u} is the
 * letter {@code u}, where {@link java.util.Properties} would throw.
 */
public final class PropertiesEscapes {

  private PropertiesEscapes() {
  }

  /** A value (or key) with its escapes and continued lines decoded; a trailing lone backslash is kept. */
  public static String decode(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      if (raw.charAt(i) == '\\' && i + 1 < raw.length()) {
        i = decodeAt(raw, i, out);
      } else {
        out.append(raw.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Decodes the escape whose backslash is at {@code at} (with a character after it) into {@code out}; the index after it. */
  public static int decodeAt(String raw, int at, StringBuilder out) {
    int i = at + 1;
    char next = raw.charAt(i);
    switch (next) {
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      case 'u' -> {
        int decoded = Hex.char4(raw, i + 1);
        if (decoded >= 0) {
          out.append((char) decoded);
          i += 4;
        } else {
          out.append('u');
        }
      }
      case '\r', '\n' -> {
        // continued line: skip the line break and the next line's leading blanks
        if (next == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        while (i + 1 < raw.length() && isBlank(raw.charAt(i + 1))) {
          i++;
        }
      }
      default -> out.append(next);
    }
    return i + 1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
