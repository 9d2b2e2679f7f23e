package com.providercredentials.lowering;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import java.util.List;

/**
 * The comments of a file of Java, Kotlin, Groovy or Kotlin Gradle code ({@code //} to the line's end,
 * {@code /* … *}{@code /}, nested in Kotlin), found by one linear pass that steps over strings, characters and text
 * blocks, and handed to a {@link TextReader}: a credential commented out is in the repository all the same. A
 * comment at the end of a line of code has that code's names ({@code System.getenv("TWILIO_AUTH_TOKEN"); // "…"}).
 * Only comments that {@link TextReader#worthReading may hold a credential} are read.
 */
public final class CodeComments {

  private final TextReader reader;

  public CodeComments(Detector detector) {
    this.reader = new TextReader(detector);
  }

  /** Reads the comments of {@code text} into {@code comments} (a unit of {@link SourceUnit#commentsOf}). */
  public void read(String text, boolean nestedBlocks, SourceUnit comments) {
    // what encloses a commented constant: the file's type, as its name says (TwilioConfig.java)
    String file = comments.file().substring(comments.file().lastIndexOf('/') + 1);
    List<String> context = file.indexOf('.') > 0 ? List.of(file.substring(0, file.indexOf('.'))) : List.of();
    scan(text, nestedBlocks, (start, contentStart, contentEnd, line, column, lineStart) -> {
      if (reader.worthReading(text, contentStart, contentEnd)) {
        String content = text.substring(contentStart, contentEnd);
        String before = text.substring(lineStart, start);
        List<String> names = before.isBlank() ? List.of() : reader.namesOf(before);
        reader.readWorthy(content, line, column + (contentStart - start), names, context, comments);
      }
    });
  }

  /** The text with its comments turned to spaces, line ends kept: code that a parser rejected, read without them. */
  public static String withoutComments(String text, boolean nestedBlocks) {
    char[] chars = text.toCharArray();
    scan(text, nestedBlocks, (start, contentStart, contentEnd, line, column, lineStart) -> {
      int end = Math.min(chars.length, contentEnd + (text.startsWith("/*", start) ? 2 : 0));
      for (int i = start; i < end; i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    });
    return new String(chars);
  }

  /** A comment: where it starts, its content (delimiters aside), its first line and column, where its line starts. */
  interface Found {
    void comment(int start, int contentStart, int contentEnd, int line, int column, int lineStart);
  }

  static void scan(String text, boolean nestedBlocks, Found found) {
    // on a char[]: String.charAt checks its index and its coder on every call, which made this pass the front-ends'
    // largest cost on files that are not Latin-1 (docs/benchmarks.md)
    char[] chars = text.toCharArray();
    int length = chars.length;
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (c == '/' && i + 1 < length && chars[i + 1] == '/') {
        int end = i + 2;
        while (end < length && chars[end] != '\n' && chars[end] != '\r') {
          end++;
        }
        found.comment(i, i + 2, end, line, i - lineStart, lineStart);
        i = end;
      } else if (c == '/' && i + 1 < length && chars[i + 1] == '*') {
        int end = blockEnd(chars, i + 2, nestedBlocks);
        found.comment(i, i + 2, end, line, i - lineStart, lineStart);
        int after = Math.min(length, end + 2);
        for (int k = i; k < after; k++) {
          if (chars[k] == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = after;
      } else if (c == '"' || c == '\'') {
        int end = stringEnd(chars, i);
        for (int k = i; k < end; k++) {
          if (chars[k] == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /** Where a block comment's content ends (at its closing delimiter, or the text's end). */
  private static int blockEnd(char[] chars, int from, boolean nested) {
    int depth = 1;
    int i = from;
    while (i + 1 < chars.length) {
      if (chars[i] == '*' && chars[i + 1] == '/') {
        if (--depth == 0) {
          return i;
        }
        i += 2;
      } else if (nested && chars[i] == '/' && chars[i + 1] == '*') {
        depth++;
        i += 2;
      } else {
        i++;
      }
    }
    return chars.length;
  }

  /** Past a string, a character or a text block ({@code """}, Groovy's {@code '''}) opened at {@code from}. */
  private static int stringEnd(char[] chars, int from) {
    char quote = chars[from];
    int length = chars.length;
    if (from + 2 < length && chars[from + 1] == quote && chars[from + 2] == quote) {
      for (int i = from + 3; i + 2 < length; i++) {
        if (chars[i] == quote && chars[i + 1] == quote && chars[i + 2] == quote) {
          return i + 3;
        }
      }
      return length;
    }
    int i = from + 1;
    while (i < length) {
      char c = chars[i];
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        // unterminated on its line: what follows is code again
        return i;
      } else {
        i++;
      }
    }
    return length;
  }
}
