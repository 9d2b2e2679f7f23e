package com.providercredentials.files;

import javax.annotation.Nullable;

/**
 * The text of a document as {@link SimpleXmlScanner} walks it (docs/adr/011): the characters, where the reading is,
 * and what is read the same way everywhere in a document (white space, ASCII names, XML 1.0 characters). Read a
 * character at a time, an array is much cheaper than {@code String.charAt} in code not yet compiled, so the text is
 * read from a {@code char[]}.
 */
final class SimpleXmlInput {

  final String text;
  final char[] chars;
  final int length;
  /** Where the reading is: the next character to read. */
  int pos;

  SimpleXmlInput(String text, int pos) {
    this.text = text;
    this.chars = text.toCharArray();
    this.length = chars.length;
    this.pos = pos;
  }

  boolean startsWith(String prefix) {
    return text.startsWith(prefix, pos);
  }

  /** Whether the next character is {@code c}. */
  boolean at(char c) {
    return pos < length && chars[pos] == c;
  }

  /** XML 1.0 characters only from the position on: no control characters but tab and line ends, no lone surrogates, no U+FFFE/U+FFFF. */
  boolean validCharacters() {
    // locals: read once per character, cheaper than fields in code not yet compiled
    char[] all = chars;
    int end = length;
    for (int i = pos; i < end; i++) {
      char c = all[i];
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return false;
        }
      } else if (c >= 0xD800) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(all[i + 1])) {
          i++;
        } else if (c <= 0xDFFF || c >= 0xFFFE) {
          return false;
        }
      }
    }
    return true;
  }

  /** An ASCII name, {@code prefix:local} or {@code local}, read; null if there is none at the position. */
  @Nullable
  String name() {
    int start = pos;
    if (!ncName()) {
      return null;
    }
    if (pos < length && chars[pos] == ':') {
      pos++;
      if (!ncName()) {
        return null;
      }
    }
    return text.substring(start, pos);
  }

  private boolean ncName() {
    if (pos >= length || !isNameStart(chars[pos])) {
      return false;
    }
    pos++;
    while (pos < length && isNameChar(chars[pos])) {
      pos++;
    }
    return true;
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  void skipSpace() {
    while (pos < length && XmlMarkup.isXmlSpace(chars[pos])) {
      pos++;
    }
  }
}
