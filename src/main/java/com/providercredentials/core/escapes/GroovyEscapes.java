package com.providercredentials.core.escapes;

/**
 * Groovy's escapes, in single- and double-quoted strings: {@code \n \t \r \b \f}, {@code \}{@code uXXXX}, octal
 * {@code \0}-{@code \377}, a backslash before a line end continues the line, and any other character stands for
 * itself ({@code \$}, {@code \'}, {@code \\}). A malformed {@code \}{@code u} is the letter {@code u}.
 */
public final class GroovyEscapes {

  private GroovyEscapes() {
  }

  public static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      if (text.charAt(at) == '\\' && at + 1 < text.length()) {
        at = decodeAt(text, at, out);
      } else {
        out.append(text.charAt(at++));
      }
    }
    return out.toString();
  }

  /** Decodes the escape whose backslash is at {@code at} (with a character after it) into {@code out}; the index after it. */
  public static int decodeAt(String text, int at, StringBuilder out) {
    char next = text.charAt(at + 1);
    switch (next) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'u' -> {
        int decoded = Hex.char4(text, at + 2);
        if (decoded >= 0) {
          out.append((char) decoded);
          return at + 6;
        }
        out.append('u');
      }
      case '\n' -> {
        // line continuation
      }
      default -> {
        if (next >= '0' && next <= '7') {
          return Octal.decodeAt(text, at + 1, out);
        }
        out.append(next);
      }
    }
    return at + 2;
  }
}
