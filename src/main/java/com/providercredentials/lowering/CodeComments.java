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
  private final int minimumRun;

  public CodeComments(Detector detector) {
    this.reader = new TextReader(detector);
    this.minimumRun = Math.max(1, detector.minimumLength());
  }

  /** Reads the comments of {@code text} into {@code comments} (a unit of {@link SourceUnit#commentsOf}). */
  public void read(String text, boolean nestedBlocks, SourceUnit comments) {
    // what encloses a commented constant: the file's type, as its name says (TwilioConfig.java)
    String file = comments.file().substring(comments.file().lastIndexOf('/') + 1);
    List<String> context = file.indexOf('.') > 0 ? List.of(file.substring(0, file.indexOf('.'))) : List.of();
    // only the comments with a run as long as the shortest credential are reported by the scan: the others cannot be
    // worth reading (TextReader#worthReading looks for the same run first), and their lines are never counted
    scan(text.toCharArray(), nestedBlocks, minimumRun, (start, contentStart, contentEnd, line, column, lineStart) -> {
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
    char[] blanked = chars.clone();
    scan(chars, nestedBlocks, 0, (start, contentStart, contentEnd, line, column, lineStart) -> {
      int end = Math.min(chars.length, contentEnd + (text.startsWith("/*", start) ? 2 : 0));
      for (int i = start; i < end; i++) {
        if (blanked[i] != '\n' && blanked[i] != '\r') {
          blanked[i] = ' ';
        }
      }
    });
    return new String(blanked);
  }

  /** A comment: where it starts, its content (delimiters aside), its first line and column, where its line starts. */
  interface Found {
    void comment(int start, int contentStart, int contentEnd, int line, int column, int lineStart);
  }

  static void scan(String text, boolean nestedBlocks, Found found) {
    scan(text.toCharArray(), nestedBlocks, 0, found);
  }

  /**
   * The comments of {@code chars} in order, those whose content holds a run of at least {@code minimumRun} letters,
   * digits and {@code +/=_-} with a letter and a digit in it (every comment when it is 0). One pass that looks only for
   * {@code /}, quotes and, in comments, their ends; a comment's line is counted only when it is reported, from the
   * last one reported ({@link Lines}).
   */
  static void scan(char[] chars, boolean nestedBlocks, int minimumRun, Found found) {
    // on a char[]: String.charAt checks its index and its coder on every call, which made this pass the front-ends'
    // largest cost on files that are not Latin-1 (docs/benchmarks.md)
    int length = chars.length;
    Lines lines = new Lines(chars);
    int i = 0;
    while (i < length) {
      char c = chars[i];
      if (c == '/' && i + 1 < length && chars[i + 1] == '/') {
        int end = i + 2;
        while (end < length && chars[end] != '\n' && chars[end] != '\r') {
          end++;
        }
        report(chars, i, i + 2, end, minimumRun, lines, found);
        i = end;
      } else if (c == '/' && i + 1 < length && chars[i + 1] == '*') {
        int end = blockEnd(chars, i + 2, nestedBlocks);
        report(chars, i, i + 2, end, minimumRun, lines, found);
        i = Math.min(length, end + 2);
      } else if (c == '"' || c == '\'') {
        i = stringEnd(chars, i);
      } else {
        i++;
      }
    }
  }

  private static void report(char[] chars, int start, int contentStart, int contentEnd, int minimumRun, Lines lines, Found found) {
    if (minimumRun == 0 || hasRun(chars, contentStart, contentEnd, minimumRun)) {
      lines.advance(start);
      found.comment(start, contentStart, contentEnd, lines.line, start - lines.lineStart, lines.lineStart);
    }
  }

  /** Whether {@code chars} from {@code from} to {@code to} hold the run {@link TextReader#worthReading} looks for first. */
  static boolean hasRun(char[] chars, int from, int to, int minimum) {
    int run = 0;
    boolean digit = false;
    boolean letter = false;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      boolean isDigit = c >= '0' && c <= '9';
      boolean isLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (isDigit || isLetter || c == '+' || c == '/' || c == '=' || c == '_' || c == '-') {
        run++;
        digit |= isDigit;
        letter |= isLetter;
        if (run >= minimum && digit && letter) {
          return true;
        }
      } else {
        run = 0;
        digit = false;
        letter = false;
      }
    }
    return false;
  }

  /**
   * Line numbers counted on demand, forward only: the line of an offset is 1 + the line ends ({@code \n}) before it,
   * wherever they are (code, strings, comments), which is what a pass counting every line end would have at that offset.
   */
  private static final class Lines {
    private final char[] chars;
    private int countedTo;
    private int line = 1;
    private int lineStart;

    Lines(char[] chars) {
      this.chars = chars;
    }

    void advance(int offset) {
      for (int k = countedTo; k < offset; k++) {
        if (chars[k] == '\n') {
          line++;
          lineStart = k + 1;
        }
      }
      countedTo = Math.max(countedTo, offset);
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
