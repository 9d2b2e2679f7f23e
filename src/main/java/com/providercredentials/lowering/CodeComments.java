package com.providercredentials.lowering;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comments of a file of Java, Kotlin, Groovy or Kotlin Gradle code ({@code //} to the line's end,
 * {@code /* … *}{@code /}, nested in Kotlin), found by one linear pass that steps over strings, characters and text
 * blocks, and handed to a {@link TextReader}: a credential commented out is in the repository all the same. A
 * comment at the end of a line of code has that code's names ({@code System.getenv("TWILIO_AUTH_TOKEN"); // "…"}).
 * Only comments that {@link TextReader#worthReading may hold a credential} are read, and each distinct content is read
 * once ({@link #remembered}): most comments worth reading are the same licence header in every file.
 */
public final class CodeComments {

  /** The most distinct comment contents remembered, and the longest one: memory stays bounded on any project. */
  static final int MAX_REMEMBERED = 2048;
  static final int MAX_REMEMBERED_LENGTH = 1 << 12;
  /** What stands for a comment's line names and for its context in a remembered reading (no name has a NUL in it). */
  private static final List<String> LINE_NAMES = List.of("\0line names");
  private static final List<String> CONTEXT = List.of("\0context");

  private final Detector detector;
  private final TextReader reader;
  private final int minimumRun;
  /**
   * What reading a comment's content added, read at line 1, column 0 with {@link #LINE_NAMES} and {@link #CONTEXT}: the
   * same content adds the same bindings and calls wherever it is (TextPass decides on its tokens alone; the place, the
   * line names and the context only go into what it adds), so a content read before is moved to its place instead of
   * read again. On the benchmark corpora, 1,316 and 1,387 comments worth reading have 493 and 219 distinct contents.
   */
  private final Map<String, SourceUnit> remembered = new ConcurrentHashMap<>();

  public CodeComments(Detector detector) {
    this.detector = detector;
    this.reader = new TextReader(detector);
    this.minimumRun = Math.max(1, detector.minimumLength());
  }

  /** Whether this reads comments for {@code detector}'s specs (a front-end keeps one for all its files). */
  public boolean readsFor(Detector detector) {
    return this.detector == detector;
  }

  /** Reads the comments of {@code text} into {@code comments} (a unit of {@link SourceUnit#commentsOf}). */
  public void read(String text, boolean nestedBlocks, SourceUnit comments) {
    // what encloses a commented constant: the file's type, as its name says (TwilioConfig.java)
    String file = comments.file().substring(comments.file().lastIndexOf('/') + 1);
    List<String> context = file.indexOf('.') > 0 ? List.of(file.substring(0, file.indexOf('.'))) : List.of();
    // only the comments with a run as long as the shortest credential are reported by the scan: the others cannot be
    // worth reading (TextReader#worthReading looks for the same run first), and their lines are never counted
    scan(text.toCharArray(), nestedBlocks, 0, (start, contentStart, contentEnd, line, column, lineStart) -> {
      if (reader.worthReading(text, contentStart, contentEnd)) {
        String content = text.substring(contentStart, contentEnd);
        String before = text.substring(lineStart, start);
        List<String> names = before.isBlank() ? List.of() : reader.namesOf(before);
        readWorthy(content, line, column + (contentStart - start), names, context, comments);
      }
    });
  }

  private void readWorthy(String content, int line, int column, List<String> names, List<String> context, SourceUnit comments) {
    if (content.length() > MAX_REMEMBERED_LENGTH) {
      reader.readWorthy(content, line, column, names, context, comments);
      return;
    }
    SourceUnit read = remembered.get(content);
    if (read == null) {
      // a unit of the same file and time bound: a reading past the file's time bound throws, and is not remembered
      read = SourceUnit.commentsOf(comments);
      reader.readWorthy(content, 1, 0, LINE_NAMES, CONTEXT, read);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.putIfAbsent(content, read);
      }
    }
    String file = comments.file();
    String readIn = read.file();
    for (Binding binding : read.bindings()) {
      comments.add(new Binding(movedKeys(binding.keys(), readIn, file), binding.names().equals(LINE_NAMES) ? names : binding.names(),
        binding.context().equals(CONTEXT) ? context : binding.context(), moved(binding.value(), readIn, file, line, column), binding.via(),
        binding.returned()));
    }
    for (Call call : read.calls()) {
      List<Call.Argument> arguments = new ArrayList<>(call.arguments().size());
      for (Call.Argument argument : call.arguments()) {
        arguments.add(new Call.Argument(argument.name(), moved(argument.value(), readIn, file, line, column)));
      }
      comments.add(new Call(call.owner(), call.ownerName(), call.method(), arguments, moved(call.range(), file, line, column)));
    }
  }

  /**
   * Keys of the names a comment's text defines are the file's own ({@code SymbolKey.inText}): those of the file where the
   * content was first read become this file's.
   */
  private static List<String> movedKeys(List<String> keys, String readIn, String file) {
    if (readIn.equals(file)) {
      return keys;
    }
    String prefix = readIn + "#";
    List<String> moved = new ArrayList<>(keys.size());
    for (String key : keys) {
      moved.add(key.startsWith(prefix) ? file + key.substring(readIn.length()) : key);
    }
    return moved;
  }

  /** An expression read at line 1, column 0 in {@code readIn}, moved to {@code line} and {@code column} of {@code file}. */
  private static Expr moved(Expr expr, String readIn, String file, int line, int column) {
    if (expr instanceof Expr.Literal literal) {
      return new Expr.Literal(literal.value(), moved(literal.range(), file, line, column));
    } else if (expr instanceof Expr.Ref ref) {
      return new Expr.Ref(movedKeys(ref.keys(), readIn, file), ref.display(), moved(ref.range(), file, line, column));
    } else if (expr instanceof Expr.Concat concat) {
      List<Expr> parts = new ArrayList<>(concat.parts().size());
      for (Expr part : concat.parts()) {
        parts.add(moved(part, readIn, file, line, column));
      }
      return new Expr.Concat(parts, moved(concat.range(), file, line, column));
    }
    Expr.Opaque opaque = (Expr.Opaque) expr;
    return new Expr.Opaque(opaque.origin(), opaque.display(), moved(opaque.range(), file, line, column));
  }

  /** A range read at line 1, column 0: its lines shift, and its columns on the first line (the others start at 0). */
  private static SourceRange moved(SourceRange range, String file, int line, int column) {
    return SourceRange.of(file, range.startLine() + line - 1, range.startLine() == 1 ? range.startColumn() + column : range.startColumn(),
      range.endLine() + line - 1, range.endLine() == 1 ? range.endColumn() + column : range.endColumn());
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
