package com.providercredentials.core.escapes;

/** Octal escapes as Java and Groovy read them: {@code \0}-{@code \377}, at most three digits, the first of them 0-3. */
final class Octal {

  private Octal() {
  }

  /** Decodes the octal digits from {@code from} (the first one is a digit 0-7) into {@code out}; the index after them. */
  static int decodeAt(String text, int from, StringBuilder out) {
    int max = text.charAt(from) <= '3' ? 3 : 2;
    int value = 0;
    int at = from;
    while (at < text.length() && at - from < max && text.charAt(at) >= '0' && text.charAt(at) <= '7') {
      value = value * 8 + (text.charAt(at) - '0');
      at++;
    }
    out.append((char) value);
    return at;
  }
}
