package com.providercredentials.core;

import java.util.Arrays;

/** A file's text with its line starts, to move between offsets and (line, column) positions. */
public final class SourceText {

  private final String file;
  private final String text;
  private final int[] lineStarts;

  public SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    // without \r (most files), \n ends every line and the JDK's fast search finds them
    boolean crs = text.indexOf('\r') >= 0;
    for (int end = lineEnd(text, 0, crs); end >= 0; end = lineEnd(text, end + 1, crs)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = end + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The last character of the next line end from {@code from} ({@code \n}, {@code \r\n} or a lone {@code \r}), or -1. */
  private static int lineEnd(String text, int from, boolean crs) {
    if (!crs) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        return i;
      }
    }
    return -1;
  }

  public String text() {
    return text;
  }

  /** The offset of a 1-based line and 0-based column; -1 if outside the text. */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      return -1;
    }
    int offset = lineStarts[line - 1] + column;
    return offset <= text.length() ? offset : -1;
  }

  public SourceRange range(int start, int end) {
    return SourceRange.of(file, lineOf(start), start - lineStarts[lineOf(start) - 1], lineOf(end), end - lineStarts[lineOf(end) - 1]);
  }

  private int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The same range without the white space at its ends. */
  public SourceRange trim(SourceRange range) {
    int start = offset(range.startLine(), range.startColumn());
    int end = offset(range.endLine(), range.endColumn());
    if (start < 0 || end < start) {
      return range;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return range(start, end);
  }
}
