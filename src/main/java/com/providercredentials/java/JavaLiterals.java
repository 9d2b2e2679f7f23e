package com.providercredentials.java;

import com.providercredentials.core.escapes.JavaEscapes;

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
    return JavaEscapes.decode(text);
  }
}
