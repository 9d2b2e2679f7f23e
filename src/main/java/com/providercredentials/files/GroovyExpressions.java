package com.providercredentials.files;

import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.files.GroovyLexer.Part;
import com.providercredentials.files.GroovyLexer.Token;
import com.providercredentials.files.GroovyLexer.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The expressions of a Gradle build script's statements, over its tokens: where an expression or an argument list
 * ends (within {@link GradleFrontEnd#MAX_STATEMENT_TOKENS}), and what it is: strings, property reads and names joined
 * with {@code +}, as literals and references. The strings it reads are taken: they are not loose literals.
 */
final class GroovyExpressions {

  private static final Set<String> PROPERTY_READERS = Set.of("property", "findProperty", "getProperty", "gradleProperty");
  private static final Set<String> PROPERTY_OWNERS = Set.of("project", "rootProject", "ext", "properties", "providers", "settings");

  private final String file;
  private final SourceText source;
  private final List<Token> tokens;
  private final Set<Token> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

  GroovyExpressions(String file, SourceText source, List<Token> tokens) {
    this.file = file;
    this.source = source;
    this.tokens = tokens;
  }

  /** Marks a string as read by a statement. */
  void take(Token token) {
    consumed.add(token);
  }

  boolean isTaken(Token token) {
    return consumed.contains(token);
  }

  int limit(int from) {
    return (int) Math.min(tokens.size(), (long) from + GradleFrontEnd.MAX_STATEMENT_TOKENS);
  }

  /** The tokens of an expression that runs to the end of the statement. */
  List<Token> until(int from) {
    List<Token> expression = new ArrayList<>();
    int depth = 0;
    int limit = limit(from);
    for (int j = from; j < tokens.size(); j++) {
      Token token = tokens.get(j);
      if (depth == 0 && (token.type() == Type.NEWLINE && !continues(expression) || token.is("}"))) {
        break;
      }
      if (j == limit) {
        // a statement that does not end: nothing to read in it
        return List.of();
      }
      if (token.is("(") || token.is("[")) {
        depth++;
      } else if ((token.is(")") || token.is("]")) && depth > 0) {
        depth--;
      }
      if (token.type() != Type.NEWLINE) {
        expression.add(token);
      }
    }
    return expression;
  }

  static boolean continues(List<Token> expression) {
    return !expression.isEmpty() && expression.get(expression.size() - 1).is("+");
  }

  /** Exactly {@code count} comma-separated arguments, with or without parentheses. */
  Optional<List<List<Token>>> arguments(int from, int count) {
    int at = from;
    boolean parenthesized = at < tokens.size() && tokens.get(at).is("(");
    if (parenthesized) {
      at++;
    }
    List<List<Token>> args = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    int limit = limit(at);
    for (; at < tokens.size(); at++) {
      if (at == limit) {
        return Optional.empty();
      }
      Token token = tokens.get(at);
      if (depth == 0 && (token.is(",") || (parenthesized && token.is(")")) || (!parenthesized && token.type() == Type.NEWLINE && !continues(current)))) {
        args.add(current);
        current = new ArrayList<>();
        if (!token.is(",")) {
          break;
        }
        continue;
      }
      if (token.is("(") || token.is("[")) {
        depth++;
      } else if (token.is(")") || token.is("]")) {
        depth--;
      }
      if (token.type() != Type.NEWLINE) {
        current.add(token);
      }
    }
    if (!current.isEmpty()) {
      args.add(current);
    }
    return args.size() == count && args.stream().noneMatch(List::isEmpty) ? Optional.of(args) : Optional.empty();
  }

  /** The value of a single plain string argument ({@code "String"}, {@code "NAME"}). */
  @Nullable
  String constant(List<Token> expression) {
    if (expression.size() == 1 && expression.get(0).type() == Type.STRING && !expression.get(0).interpolated()) {
      consumed.add(expression.get(0));
      return expression.get(0).value();
    }
    return null;
  }

  /**
   * Strings joined with {@code +}, property reads and identifiers, as literal parts and references; null when
   * the expression is anything else.
   */
  @Nullable
  Expr expression(List<Token> expression) {
    List<Expr> parts = new ArrayList<>();
    int at = 0;
    while (at < expression.size()) {
      Token token = expression.get(at);
      if (token.type() == Type.STRING) {
        consumed.add(token);
        stringParts(token, parts);
        at++;
      } else if (token.type() == Type.IDENTIFIER) {
        int end = referenceEnd(expression, at);
        Expr reference = reference(expression.subList(at, end));
        if (reference == null) {
          reference = environmentRead(expression.subList(at, end));
        }
        if (reference == null) {
          return null;
        }
        parts.add(reference);
        at = end;
      } else {
        return null;
      }
      if (at < expression.size()) {
        if (!expression.get(at).is("+")) {
          return null;
        }
        at++;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1 ? parts.get(0) : new Expr.Concat(parts, parts.get(0).range().span(parts.get(parts.size() - 1).range()));
  }

  void stringParts(Token token, List<Expr> parts) {
    if (!token.interpolated()) {
      parts.add(new Expr.Literal(token.value(), range(token)));
      return;
    }
    for (Part part : token.parts()) {
      SourceRange range = source.range(part.start(), part.end());
      if (part.expression()) {
        List<Token> inner = GroovyLexer.tokenize(part.text());
        Expr reference = reference(inner);
        parts.add(reference != null ? withRange(reference, range) : new Expr.Opaque(Expr.Origin.OTHER, part.text(), range));
      } else {
        parts.add(new Expr.Literal(part.text(), range));
      }
    }
  }

  /**
   * {@code System.getenv('NAME')}, {@code providers.environmentVariable('NAME').get()}, {@code System.getProperty('NAME')}:
   * a value the build takes from outside the project (a CI secret), opaque here; null for anything else.
   */
  @Nullable
  private Expr environmentRead(List<Token> tokens) {
    StringBuilder written = new StringBuilder();
    for (Token token : tokens) {
      written.append(token.type() == Type.STRING ? "'" + token.value() + "'" : token.text());
    }
    String text = written.toString();
    if (!GradleDsl.readsEnvironment(text)) {
      return null;
    }
    return new Expr.Opaque(Expr.Origin.OTHER, text, range(tokens.get(0)).span(range(tokens.get(tokens.size() - 1))));
  }

  static Expr withRange(Expr expr, SourceRange range) {
    return expr instanceof Expr.Ref ref ? new Expr.Ref(ref.keys(), ref.display(), range) : expr;
  }

  static int referenceEnd(List<Token> expression, int from) {
    int depth = 0;
    int at = from;
    while (at < expression.size()) {
      Token token = expression.get(at);
      if (token.is("(") || token.is("[")) {
        depth++;
      } else if (token.is(")") || token.is("]")) {
        depth--;
      } else if (depth == 0 && token.is("+")) {
        break;
      }
      at++;
    }
    return at;
  }

  /**
   * A read of a Gradle property: {@code NAME}, {@code project.NAME}, {@code rootProject.ext.NAME},
   * {@code project.property('NAME')}, {@code findProperty("NAME")}, {@code properties['NAME']},
   * {@code localProperties.getProperty('NAME')}, {@code providers.gradleProperty('NAME').get()}.
   */
  @Nullable
  Expr reference(List<Token> expression) {
    if (expression.isEmpty() || expression.get(0).type() != Type.IDENTIFIER) {
      return null;
    }
    SourceRange range = range(expression.get(0)).span(range(expression.get(expression.size() - 1)));
    for (int j = 0; j < expression.size(); j++) {
      Token token = expression.get(j);
      boolean read = token.type() == Type.IDENTIFIER && PROPERTY_READERS.contains(token.text()) && j + 2 < expression.size()
        && expression.get(j + 1).is("(") && expression.get(j + 2).type() == Type.STRING;
      boolean index = token.is("[") && j + 1 < expression.size() && expression.get(j + 1).type() == Type.STRING;
      if (read || index) {
        Token name = expression.get(read ? j + 2 : j + 1);
        consumed.add(name);
        return new Expr.Ref(propertyKeys(name.value(), receiver(expression, read ? j - 2 : j - 1)), name.value(), range);
      }
    }
    List<String> chain = new ArrayList<>();
    for (int j = 0; j < expression.size(); j += 2) {
      if (expression.get(j).type() != Type.IDENTIFIER || (j + 1 < expression.size() && !expression.get(j + 1).is("."))) {
        return null;
      }
      chain.add(expression.get(j).text());
    }
    if (!chain.subList(0, chain.size() - 1).stream().allMatch(PROPERTY_OWNERS::contains)) {
      return null;
    }
    String name = chain.get(chain.size() - 1);
    return new Expr.Ref(List.of(SymbolKey.script(file, name), SymbolKey.gradleProperty(name)), String.join(".", chain), range);
  }

  /**
   * A Gradle property; read from a {@code Properties} the script loaded ({@code props['NAME']},
   * {@code secrets.getProperty('NAME')}), else an entry of a properties file beside the scripts ({@code secrets.properties}).
   */
  private static List<String> propertyKeys(String name, @Nullable Token receiver) {
    return receiver == null || PROPERTY_OWNERS.contains(receiver.text())
      ? List.of(SymbolKey.gradleProperty(name))
      : List.of(SymbolKey.gradleProperty(name), SymbolKey.propertiesEntry(name));
  }

  /** The name a property is read from ({@code props} of {@code props['NAME']}), or null: none, or not a name. */
  @Nullable
  private static Token receiver(List<Token> expression, int at) {
    return at >= 0 && expression.get(at).type() == Type.IDENTIFIER ? expression.get(at) : null;
  }

  SourceRange range(Token token) {
    return source.range(token.start(), token.end());
  }

  /** Where a symbol or identifier first stands in some tokens, or -1. */
  static int indexOf(List<Token> tokens, String text) {
    for (int j = 0; j < tokens.size(); j++) {
      if (tokens.get(j).is(text)) {
        return j;
      }
    }
    return -1;
  }
}
