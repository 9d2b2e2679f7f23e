package com.providercredentials.core.escapes;

/**
 * JSON's escapes: {@code \" \\ \/ \b \f \n \r \t} and {@code \}{@code uXXXX}; other characters after a backslash are
 * read as themselves, as lenient readers do. A {@code \}{@code u} without four hexadecimal digits is malformed.
 */
public final class JsonEscapes {

  private JsonEscapes() {
  }

  /** The text with its escapes decoded, or null when one is malformed (or the text ends with a lone backslash). */
  public static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      if (text.charAt(at) != '\\') {
        out.append(text.charAt(at++));
        continue;
      }
      at = decodeAt(text, at, out);
      if (at < 0) {
        return null;
      }
    }
    return out.toString();
  }

  /** Decodes the escape whose backslash is at {@code at} into {@code out}; the index after it, or -1 when it is malformed. */
  public static int decodeAt(String text, int at, StringBuilder out) {
    if (at + 1 >= text.length()) {
      return -1;
    }
    char e = text.charAt(at + 1);
    switch (e) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'u' -> {
        int decoded = Hex.char4(text, at + 2);
        if (decoded < 0) {
          return -1;
        }
        out.append((char) decoded);
        return at + 6;
      }
      default -> out.append(e);
    }
    return at + 2;
  }
}
