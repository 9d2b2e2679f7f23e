package com.providercredentials.files;

import javax.annotation.Nullable;

/**
 * Attribute values and character data as {@link SimpleXmlScanner} reads them, and as the JDK's parser gives them:
 * references replaced ({@link SimpleXmlReferences}), line ends normalized, and in attribute values white space too.
 * Most values hold nothing to replace: they are taken from the text as they are, without copying them a character at
 * a time.
 */
final class SimpleXmlDecoder {

  private final SimpleXmlInput in;
  private final StringBuilder buffer = new StringBuilder();

  SimpleXmlDecoder(SimpleXmlInput in) {
    this.in = in;
  }

  /** A quoted attribute value at the position, read; null if it is not one (or leaves the simple form). */
  @Nullable
  String attributeValue() {
    char[] chars = in.chars;
    int length = in.length;
    int pos = in.pos;
    if (pos >= length || (chars[pos] != '"' && chars[pos] != '\'')) {
      return null;
    }
    char quote = chars[pos++];
    int start = pos;
    int i = pos;
    while (i < length && chars[i] != quote && chars[i] != '<' && chars[i] != '&' && chars[i] > '\r') {
      i++;
    }
    if (i < length && chars[i] == quote) {
      // most values: nothing to replace nor normalize
      in.pos = i + 1;
      return in.text.substring(start, i);
    }
    buffer.setLength(0);
    // -1 past a reference that is not ours
    while (pos >= 0 && pos < length) {
      char c = chars[pos];
      if (c == quote) {
        in.pos = pos + 1;
        return buffer.toString();
      }
      if (c == '<') {
        return null;
      }
      if (c == '&') {
        pos = SimpleXmlReferences.decode(in, pos, buffer);
      } else {
        buffer.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        pos = next(chars, pos, length);
      }
    }
    return null;
  }

  /**
   * The character data from the position to {@code end} (the next {@code <}), read; null if it holds {@code ]]>}
   * or a reference that is not ours.
   */
  @Nullable
  String characterData(int end) {
    char[] chars = in.chars;
    int pos = in.pos;
    int start = pos;
    boolean plain = true;
    for (int i = pos; i < end && plain; i++) {
      char c = chars[i];
      if (c == ']' && in.text.startsWith("]]>", i)) {
        return null;
      }
      plain = c != '&' && c != '\r';
    }
    if (plain) {
      // most text: nothing to replace
      in.pos = end;
      return in.text.substring(start, end);
    }
    buffer.setLength(0);
    // -1 past a reference that is not ours
    while (pos >= 0 && pos < end) {
      char c = chars[pos];
      if (c == ']' && in.text.startsWith("]]>", pos)) {
        return null;
      }
      if (c == '&') {
        pos = SimpleXmlReferences.decode(in, pos, buffer);
      } else {
        buffer.append(c == '\r' ? '\n' : c);
        pos = next(chars, pos, end);
      }
    }
    if (pos < 0) {
      return null;
    }
    in.pos = end;
    return buffer.toString();
  }

  /** Past the character at {@code pos}: a line end written CR LF is one, as XML reads it. */
  private static int next(char[] chars, int pos, int end) {
    return chars[pos] == '\r' && pos + 1 < end && chars[pos + 1] == '\n' ? pos + 2 : pos + 1;
  }
}
