package com.providercredentials.lowering;

import com.providercredentials.core.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a piece of text that is not parsed as code (a comment, a file the parser rejected), for
 * {@link TextReader}: strings with their escapes decoded, names (dotted ones joined), bare values after {@code =} or
 * {@code :}, line ends and single punctuation characters, each with its place in the file. Linear, no regular
 * expression; an unterminated string ends at its line's end and is dropped.
 */
final class TextTokens {

  enum Type {
    /** A quoted string; {@code text} is its decoded value, the range covers its quotes. */
    STRING,
    /** An identifier, or identifiers joined by dots ({@code Twilio.init}, {@code twilio.auth.token}). */
    NAME,
    /** An unquoted value after {@code =} or {@code :} that is no name ({@code 0a1b...}, {@code wJal/...}). */
    BARE,
    /** The end of a line. */
    NEWLINE,
    /** Any other character outside of whitespace. */
    PUNCT
  }

  record Token(Type type, String text, SourceRange range) {
    boolean is(char punct) {
      return type == Type.PUNCT && text.length() == 1 && text.charAt(0) == punct;
    }
  }

  /** Where a bare value ends. */
  private static final String BARE_STOPS = ";,()[]{}<>\"'`";

  private final String text;
  private final String file;
  private final List<Token> tokens = new ArrayList<>();
  /** The index of the last string in double quotes that a next one may be joined to, or -1. */
  private int joinable = -1;
  private int at;
  private int line;
  private int column;

  private TextTokens(String text, String file, int line, int column) {
    this.text = text;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The tokens of {@code text}, which starts in {@code file} at {@code line} (1-based) and {@code column} (0-based). */
  static List<Token> of(String text, String file, int line, int column) {
    TextTokens reader = new TextTokens(text, file, line, column);
    reader.read();
    return reader.tokens;
  }

  private void read() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n' || c == '\r') {
        tokens.add(new Token(Type.NEWLINE, "\n", SourceRange.of(file, line, column, line, column)));
        advance(c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1);
      } else if (Character.isWhitespace(c)) {
        advance(1);
      } else if (c == '"' || c == '\'') {
        string(c);
      } else if (isNameChar(c)) {
        name();
      } else {
        tokens.add(new Token(Type.PUNCT, String.valueOf(c), SourceRange.of(file, line, column, line, column + 1)));
        advance(1);
        if ((c == '=' || c == ':') && (at >= text.length() || text.charAt(at) != c)) {
          bare();
        }
      }
    }
  }

  /** A run of characters of names and digits, with dots between runs. */
  private void name() {
    int start = at;
    int startLine = line;
    int startColumn = column;
    int end = at;
    while (end < text.length() && (isNameChar(text.charAt(end))
      || (text.charAt(end) == '.' && end + 1 < text.length() && isNameChar(text.charAt(end + 1)) && end > start))) {
      end++;
    }
    advance(end - start);
    tokens.add(new Token(Type.NAME, text.substring(start, end), SourceRange.of(file, startLine, startColumn, line, column)));
  }

  /** After {@code =} or {@code :}: an unquoted value on the same line, when it is no name. */
  private void bare() {
    int start = at;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && BARE_STOPS.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String value = text.substring(start, end);
    // a name, or a name and its own sign ({@code android:name="…"}): no value
    boolean named = value.endsWith("=") && isDottedName(value.substring(0, value.length() - 1));
    if (value.isEmpty() || isDottedName(value) || named) {
      return;
    }
    advance(start - at);
    int startColumn = column;
    advance(end - start);
    tokens.add(new Token(Type.BARE, value, SourceRange.of(file, line, startColumn, line, column)));
  }

  /** A string in {@code quote}s on one line, or a text block in three double quotes; escapes decoded. */
  private void string(char quote) {
    int startLine = line;
    int startColumn = column;
    boolean block = quote == '"' && text.startsWith("\"\"\"", at);
    int i = at + (block ? 3 : 1);
    StringBuilder value = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      if (block ? text.startsWith("\"\"\"", i) : c == quote) {
        advance(i + (block ? 3 : 1) - at);
        Token string = new Token(Type.STRING, value.toString(), SourceRange.of(file, startLine, startColumn, line, column));
        adjacent(string, quote == '"' && !block);
        return;
      }
      if (!block && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '\\' && i + 1 < text.length()) {
        value.append(escaped(text.charAt(i + 1)));
        i += 2;
      } else {
        value.append(c);
        i++;
      }
    }
    // unterminated: the quote is punctuation, what follows is read again
    tokens.add(new Token(Type.PUNCT, String.valueOf(quote), SourceRange.of(file, line, column, line, column + 1)));
    advance(1);
  }

  /**
   * Adds a string; one in double quotes that follows another on its line with only blanks between them
   * ({@code "AC12" "34…"}, a syntax error a pasted snippet makes) is joined to it, as C joins adjacent literals: one
   * value, its range over both. Not across lines: in Kotlin or Groovy, a string that ends a line and one that starts
   * the next are two statements.
   */
  private void adjacent(Token string, boolean doubleQuoted) {
    if (doubleQuoted && joinable >= 0 && joinable == tokens.size() - 1) {
      Token first = tokens.get(joinable);
      tokens.set(joinable, new Token(Type.STRING, first.text() + string.text(), first.range().span(string.range())));
      return;
    }
    tokens.add(string);
    joinable = doubleQuoted ? tokens.size() - 1 : -1;
  }

  private static char escaped(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      default -> c;
    };
  }

  private void advance(int count) {
    for (int i = 0; i < count; i++) {
      char c = text.charAt(at++);
      if (c == '\n' || (c == '\r' && (at >= text.length() || text.charAt(at) != '\n'))) {
        line++;
        column = 0;
      } else if (c != '\r') {
        column++;
      }
    }
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** {@code a.b.c} of name characters, starting with no digit: a name, not a value. */
  static boolean isDottedName(String value) {
    if (value.isEmpty() || Character.isDigit(value.charAt(0)) || value.charAt(value.length() - 1) == '.') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isNameChar(c) && !(c == '.' && i > 0 && value.charAt(i - 1) != '.')) {
        return false;
      }
    }
    return true;
  }
}
