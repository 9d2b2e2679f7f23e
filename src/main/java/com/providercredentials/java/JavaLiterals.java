package com.providercredentials.java;

/** The value of a Java string literal or text block as written in the source. */
final class JavaLiterals {

  private JavaLiterals() {
  }

  /** {@code "a\tb"} (with its quotes) to its value; a malformed escape leaves the text as written. */
  static String stringValue(String literal) {
    if (literal.length() < 2) {
      return literal;
    }
    return unescape(literal.substring(1, literal.length() - 1));
  }

  /** A text block ({@code """...""" }) to its value: incidental indentation stripped, escapes translated. */
  static String textBlockValue(String literal) {
    if (literal.length() < 6) {
      return literal;
    }
    String body = literal.substring(3, literal.length() - 3);
    int firstNewline = body.indexOf('\n');
    body = firstNewline < 0 ? body : body.substring(firstNewline + 1);
    return unescape(body.stripIndent());
  }

  private static String unescape(String text) {
    String withUnicode = unicodeEscapes(text);
    try {
      return withUnicode.translateEscapes();
    } catch (IllegalArgumentException malformed) {
      return withUnicode;
    }
  }

  /** {@code \u0041} escapes, which the Java compiler translates before anything else. */
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
        if (j + 4 <= text.length()) {
          try {
            out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
            i = j + 4;
            continue;
          } catch (NumberFormatException notHex) {
            // kept as written
          }
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
