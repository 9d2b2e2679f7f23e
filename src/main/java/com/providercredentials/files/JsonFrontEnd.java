package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.escapes.EscapeDialect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * JSON files (Android assets, {@code res/raw}, configuration): every string value, named by its key and
 * placed under the keys that enclose it ({@code {"twilio": {"auth_token": "..."}}}). A small scanner of our
 * own, linear and bounded in depth, tolerant of comments; anything that is not JSON is skipped.
 */
public final class JsonFrontEnd implements FileFrontEnd {

  static final int MAX_DEPTH = 256;

  @Override
  public String name() {
    return "JSON";
  }

  @Override
  public boolean accepts(String path, String language) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") && !lower.endsWith("package-lock.json") && !lower.contains("node_modules/");
  }

  @Override
  public void read(String text, SourceUnit unit) throws UnreadableFile {
    new Scanner(text, new SourceText(unit.file(), text), unit).document();
  }

  private static final class Scanner {
    private final String text;
    private final SourceText source;
    private final SourceUnit unit;
    private final Deque<String> path = new ArrayDeque<>();
    private int at;

    Scanner(String text, SourceText source, SourceUnit unit) {
      this.text = text;
      this.source = source;
      this.unit = unit;
    }

    void document() throws UnreadableFile {
      skip();
      if (at < text.length() && text.charAt(at) == '\uFEFF') {
        at++;
        skip();
      }
      value(null, 0);
      skip();
      if (at != text.length()) {
        throw new UnreadableFile("not JSON: unexpected content after the document");
      }
    }

    private void value(String name, int depth) throws UnreadableFile {
      if (depth > MAX_DEPTH) {
        throw new UnreadableFile("nested deeper than " + MAX_DEPTH);
      }
      skip();
      if (at >= text.length()) {
        throw new UnreadableFile("not JSON: truncated");
      }
      char c = text.charAt(at);
      if (c == '{') {
        object(name, depth);
      } else if (c == '[') {
        array(name, depth);
      } else if (c == '"') {
        int start = at;
        String value = string();
        if (name != null || !path.isEmpty()) {
          List<String> names = name == null ? List.of() : List.of(name);
          unit.add(new Binding(List.of(), names, new ArrayList<>(path), new Expr.Literal(value, source.range(start, at))));
        }
      } else {
        int start = at;
        // a number, true, false or null
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "+-.".indexOf(text.charAt(at)) >= 0)) {
          at++;
        }
        if (at == start) {
          throw new UnreadableFile("not JSON: unexpected character");
        }
      }
    }

    private void object(String name, int depth) throws UnreadableFile {
      at++;
      if (name != null) {
        path.addLast(name);
      }
      skip();
      if (peek() == '}') {
        at++;
      } else {
        while (true) {
          unit.checkpoint();
          skip();
          if (peek() != '"') {
            throw new UnreadableFile("not JSON: expected a key");
          }
          String key = string();
          skip();
          if (peek() != ':') {
            throw new UnreadableFile("not JSON: expected ':'");
          }
          at++;
          value(key, depth + 1);
          if (closes('}')) {
            break;
          }
        }
      }
      if (name != null) {
        path.removeLast();
      }
    }

    private void array(String name, int depth) throws UnreadableFile {
      unit.checkpoint();
      at++;
      skip();
      if (peek() == ']') {
        at++;
        return;
      }
      while (true) {
        unit.checkpoint();
        value(name, depth + 1);
        if (closes(']')) {
          return;
        }
      }
    }

    /** After a member of an object or an element of an array: true past the bracket that closes it, false past a comma. */
    private boolean closes(char bracket) throws UnreadableFile {
      skip();
      char next = peek();
      at++;
      if (next == bracket) {
        return true;
      }
      if (next != ',') {
        throw new UnreadableFile("not JSON: expected ',' or '" + bracket + "'");
      }
      return false;
    }

    private String string() throws UnreadableFile {
      StringBuilder out = new StringBuilder();
      at++;
      while (true) {
        if (at >= text.length()) {
          throw new UnreadableFile("not JSON: unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\n') {
          throw new UnreadableFile("not JSON: line break in a string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw new UnreadableFile("not JSON: unterminated string");
        }
        at = EscapeDialect.JSON.decodeAt(text, at - 1, out);
        if (at < 0) {
          throw new UnreadableFile("not JSON: bad escape");
        }
      }
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    /** White space and comments ({@code //}, {@code /* *}{@code /}), which some asset files carry. */
    private void skip() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
          at++;
        } else if (text.startsWith("//", at)) {
          int end = text.indexOf('\n', at);
          at = end < 0 ? text.length() : end + 1;
        } else if (text.startsWith("/*", at)) {
          int end = text.indexOf("*/", at + 2);
          at = end < 0 ? text.length() : end + 2;
        } else {
          return;
        }
      }
    }
  }
}
