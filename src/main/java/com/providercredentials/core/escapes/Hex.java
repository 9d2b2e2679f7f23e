package com.providercredentials.core.escapes;

/** The four hexadecimal digits of a {@code \}{@code uXXXX} escape. */
final class Hex {

  private Hex() {
  }

  /** The character of the four ASCII hexadecimal digits at {@code from}, or -1 when there are not four. */
  static int char4(CharSequence text, int from) {
    if (from < 0 || from + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = digit(text.charAt(i));
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
