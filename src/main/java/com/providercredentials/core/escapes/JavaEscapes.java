package com.providercredentials.core.escapes;

/**
 * Java's escapes, as the compiler reads a string literal: {@code \}{@code uXXXX} first (any number of {@code u}s, not
 * after an escaping backslash), then {@code \n}, {@code \s}, octal {@code \0}-{@code \377}, line continuations...
 * A malformed escape leaves the text as written (with its unicode escapes translated).
 */
public final class JavaEscapes {

  private JavaEscapes() {
  }

  public static String decode(String text) {
    String withUnicode = unicodeEscapes(text);
    if (withUnicode.indexOf('\\') < 0) {
      return withUnicode;
    }
    try {
      return withUnicode.translateEscapes();
    } catch (IllegalArgumentException malformed) {
      return withUnicode;
    }
  }

  /** {@code \}{@code u0041} escapes, which the Java compiler translates before anything else. */
  private static String unicodeEscapes(String text) {
    if (text.indexOf("\\u") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' && !precededByOddBackslashes(text, i)) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
          j++;
        }
        int decoded = EscapeDialect.hex4(text, j);
        if (decoded >= 0) {
          out.append((char) decoded);
          i = j + 4;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean precededByOddBackslashes(String text, int index) {
    int count = 0;
    for (int k = index - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
      count++;
    }
    return count % 2 == 1;
  }
}
