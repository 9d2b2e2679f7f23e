package com.providercredentials.files;

import com.providercredentials.core.escapes.EscapeDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of a Groovy build script, enough for Gradle's DSL: identifiers, numbers, strings (single, double,
 * triple-quoted; double-quoted ones with {@code $name} and {@code ${expression}} interpolations), symbols and
 * line ends; comments are skipped. Slashy strings are read as division signs, which is harmless here.
 * One pass, linear in the text; an unterminated string ends at the end of the text.
 */
final class GroovyLexer {

  enum Type {
    IDENTIFIER, NUMBER, STRING, SYMBOL, NEWLINE
  }

  /** A part of a string: text, or an interpolated expression (its source). */
  record Part(boolean expression, String text, int start, int end) {
  }

  record Token(Type type, String text, int start, int end, List<Part> parts) {
    boolean is(String value) {
      return (type == Type.IDENTIFIER || type == Type.SYMBOL) && text.equals(value);
    }

    boolean interpolated() {
      return parts.stream().anyMatch(Part::expression);
    }

    /** The value of a string without interpolations. */
    String value() {
      StringBuilder out = new StringBuilder();
      parts.forEach(p -> out.append(p.text()));
      return out.toString();
    }
  }

  /** An interpolation longer than this is not a property reference: give up on it. */
  private static final int MAX_INTERPOLATION = 500;

  private final String text;
  private int at;

  private GroovyLexer(String text) {
    this.text = text;
  }

  static List<Token> tokenize(String text) {
    return new GroovyLexer(text).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (at < text.length()) {
      char c = text.charAt(at);
      int start = at;
      if (c == '\n' || c == ';') {
        at++;
        tokens.add(new Token(Type.NEWLINE, String.valueOf(c), start, at, List.of()));
      } else if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
      } else if (text.startsWith("/*", at)) {
        int close = text.indexOf("*/", at + 2);
        at = close < 0 ? text.length() : close + 2;
      } else if (Character.isJavaIdentifierStart(c)) {
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
          at++;
        }
        tokens.add(new Token(Type.IDENTIFIER, text.substring(start, at), start, at, List.of()));
      } else if (Character.isDigit(c)) {
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.' || text.charAt(at) == '_')) {
          at++;
        }
        tokens.add(new Token(Type.NUMBER, text.substring(start, at), start, at, List.of()));
      } else if (c == '\'' || c == '"') {
        tokens.add(string(c));
      } else {
        at++;
        if (at < text.length() && "=+-*/<>!&|?:.".indexOf(text.charAt(at)) >= 0 && "=+-*/<>!&|?:.".indexOf(c) >= 0) {
          at++;
        }
        tokens.add(new Token(Type.SYMBOL, text.substring(start, at), start, at, List.of()));
      }
    }
    return tokens;
  }

  private Token string(char quote) {
    int start = at;
    boolean triple = text.startsWith(String.valueOf(quote).repeat(3), at);
    String delimiter = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
    at += delimiter.length();
    boolean interpolating = quote == '"';
    List<Part> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentStart = at;
    while (at < text.length() && !text.startsWith(delimiter, at)) {
      char c = text.charAt(at);
      if (!triple && c == '\n') {
        break;
      }
      if (c == '\\' && at + 1 < text.length()) {
        at = EscapeDialect.GROOVY.decodeAt(text, at, current);
      } else if (interpolating && c == '$' && at + 1 < text.length() && (text.charAt(at + 1) == '{' || Character.isJavaIdentifierStart(text.charAt(at + 1)))) {
        if (current.length() > 0) {
          parts.add(new Part(false, current.toString(), currentStart, at));
          current.setLength(0);
        }
        parts.add(interpolation());
        currentStart = at;
      } else {
        current.append(c);
        at++;
      }
    }
    if (current.length() > 0 || parts.isEmpty()) {
      parts.add(new Part(false, current.toString(), currentStart, at));
    }
    if (text.startsWith(delimiter, at)) {
      at += delimiter.length();
    }
    return new Token(Type.STRING, text.substring(start, at), start, at, parts);
  }

  private Part interpolation() {
    int start = at;
    at++; // '$'
    if (text.charAt(at) == '{') {
      int depth = 0;
      int exprStart = at + 1;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        } else if (at - start > MAX_INTERPOLATION) {
          break;
        }
        at++;
      }
      String expression = text.substring(exprStart, Math.min(at, text.length()));
      if (at < text.length()) {
        at++;
      }
      return new Part(true, expression.strip(), start, at);
    }
    int exprStart = at;
    while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at))
      || (text.charAt(at) == '.' && at + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(at + 1))))) {
      at++;
    }
    return new Part(true, text.substring(exprStart, at), start, at);
  }
}
