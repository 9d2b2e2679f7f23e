package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.Trait;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.files.GroovyLexer.Token;
import com.providercredentials.files.GroovyLexer.Type;
import com.providercredentials.lowering.CodeComments;
import com.providercredentials.lowering.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gradle build scripts, in Groovy ({@code *.gradle}, which SonarQube indexes with no language) and in the
 * Kotlin DSL ({@code *.gradle.kts}, which sonar-kotlin hands to its own Gradle sensor rather than to rules, see
 * docs/adr/004): what ends up
 * in the APK through {@code buildConfigField}, {@code resValue} and {@code manifestPlaceholders}, and values
 * assigned to names ({@code def}, {@code ext}). A value read from a Gradle property
 * ({@code "\"${TWILIO_AUTH_TOKEN}\""}, {@code project.property('X')}) is a reference to that property in
 * {@code gradle.properties} or {@code local.properties}, so the issue goes on the property's line.
 */
public final class GradleFrontEnd implements FileFrontEnd {

  /**
   * The most tokens a statement is read over. A statement that does not end (an unclosed parenthesis, a file
   * that is not Gradle) would otherwise be read to the end of the file from each of the statements it spans:
   * quadratic. What holds a credential is a few tokens; a long placeholder map a few hundred.
   */
  static final int MAX_STATEMENT_TOKENS = 512;

  /** Strings held by no name matter only when they may carry an identifier: none is this short. */
  private static final int MIN_LOOSE_LENGTH = 16;

  private static final Set<String> MODIFIERS = Set.of("def", "final", "String", "static", "private", "val", "var", "const");

  @Override
  public String name() {
    return "Gradle";
  }

  @Override
  public boolean accepts(String path, String language) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gradle") || lower.endsWith(".gradle.kts");
  }

  /** Commented-out {@code buildConfigField}s, credentials kept in a comment: Groovy and Kotlin share Java's comments. */
  @Override
  public void readComments(String text, SourceUnit comments, Detector detector) {
    // block comments nest in Kotlin, not in Groovy
    new CodeComments(detector).read(text, comments.file().endsWith(".kts"), comments);
  }

  @Override
  public void read(String text, SourceUnit unit) {
    if (GradleDsl.appliesAndroidPlugin(text)) {
      unit.trait(Trait.ANDROID_MODULE);
    }
    SourceText source = new SourceText(unit.file(), text);
    List<Token> tokens = GroovyLexer.tokenize(text);
    new Reader(unit, source, tokens).run();
  }

  private static final class Reader {
    private final SourceUnit unit;
    private final List<Token> tokens;
    private final GroovyExpressions expressions;
    /** The blocks around a statement ({@code ext { … }}, {@code sentry { authToken = … }}): what encloses its names. */
    private final Scopes blocks = new Scopes();

    Reader(SourceUnit unit, SourceText source, List<Token> tokens) {
      this.unit = unit;
      this.tokens = tokens;
      this.expressions = new GroovyExpressions(unit.file(), source, tokens);
    }

    void run() {
      for (int i = 0; i < tokens.size(); i++) {
        unit.checkpoint();
        Token token = tokens.get(i);
        if (token.is("{")) {
          blocks.enterBlock(i > 0 && tokens.get(i - 1).type() == Type.IDENTIFIER ? tokens.get(i - 1).text() : "");
        } else if (token.is("}")) {
          blocks.exitBlock();
        } else if (token.type() == Type.IDENTIFIER && statementStart(i)) {
          statement(i, "ext".equals(blocks.innermostBlock()));
        }
      }
      for (Token token : tokens) {
        unit.checkpoint();
        if (token.type() == Type.STRING && !expressions.isTaken(token) && !token.interpolated() && token.value().length() >= MIN_LOOSE_LENGTH) {
          unit.add(Binding.literal(new Expr.Literal(token.value(), expressions.range(token))));
        }
      }
    }

    /** What encloses a name: its qualifiers ({@code sentry.authToken}), then the blocks around it. */
    private List<String> context(List<String> qualifiers) {
      List<String> context = new ArrayList<>(qualifiers);
      context.addAll(blocks.context());
      return context;
    }

    private boolean statementStart(int i) {
      if (i == 0) {
        return true;
      }
      Token previous = tokens.get(i - 1);
      return previous.type() == Type.NEWLINE || previous.is("{") || previous.is("}");
    }

    private void statement(int i, boolean inExt) {
      Token first = tokens.get(i);
      switch (first.text()) {
        case "buildConfigField" -> expressions.arguments(i + 1, 3).ifPresent(args -> buildConfigField(args));
        case "resValue" -> expressions.arguments(i + 1, 3).ifPresent(args -> resValue(args));
        case "manifestPlaceholders" -> manifestPlaceholders(i + 1);
        case "extra" -> extra(i + 1);
        default -> assignmentOrCall(i, inExt);
      }
    }

    /** {@code buildConfigField "String", "NAME", '"value"'}: see {@link GradleDsl#buildConfigField}. */
    private void buildConfigField(List<List<Token>> args) {
      expressions.constant(args.get(0));
      String name = expressions.constant(args.get(1));
      if (name != null) {
        GradleDsl.buildConfigField(unit, name, expressions.expression(args.get(2)));
      }
    }

    /** {@code resValue "string", "name", "value"}: see {@link GradleDsl#resValue}. */
    private void resValue(List<List<Token>> args) {
      String type = expressions.constant(args.get(0));
      String name = expressions.constant(args.get(1));
      Expr value = expressions.expression(args.get(2));
      if (type != null && name != null) {
        GradleDsl.resValue(unit, type, name, value);
      }
    }

    /** {@code manifestPlaceholders = [key: "value"]}, {@code += [...]}, {@code manifestPlaceholders["key"] = "value"}. */
    private void manifestPlaceholders(int i) {
      if (i < tokens.size() && tokens.get(i).is("[") && i + 3 < tokens.size() && tokens.get(i + 1).type() == Type.STRING) {
        String key = tokens.get(i + 1).value();
        int equals = i + 3;
        if (tokens.get(i + 2).is("]") && tokens.get(equals).is("=")) {
          placeholder(key, expressions.until(equals + 1));
        }
        return;
      }
      if (i + 2 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).is("putAll") && tokens.get(i + 2).is("(")
        && i + 3 < tokens.size() && tokens.get(i + 3).is("mapOf")) {
        kotlinMap(i + 4);
        return;
      }
      if (i + 1 >= tokens.size() || !(tokens.get(i).is("=") || tokens.get(i).is("+="))) {
        return;
      }
      int at = i + 1;
      while (at < tokens.size() && tokens.get(at).type() == Type.NEWLINE) {
        at++;
      }
      if (at < tokens.size() && tokens.get(at).is("mapOf")) {
        kotlinMap(at + 1);
        return;
      }
      if (at >= tokens.size() || !tokens.get(at).is("[")) {
        return;
      }
      at++;
      int limit = expressions.limit(at);
      while (at < limit && !tokens.get(at).is("]")) {
        Token key = tokens.get(at);
        if ((key.type() == Type.IDENTIFIER || key.type() == Type.STRING) && at + 1 < limit && tokens.get(at + 1).is(":")) {
          List<Token> value = new ArrayList<>();
          int j = at + 2;
          while (j < limit && !tokens.get(j).is(",") && !tokens.get(j).is("]")) {
            if (tokens.get(j).type() != Type.NEWLINE) {
              value.add(tokens.get(j));
            }
            j++;
          }
          expressions.take(key);
          placeholder(key.type() == Type.STRING ? key.value() : key.text(), value);
          at = j;
        } else {
          at++;
        }
      }
    }

    /** {@code mapOf("key" to "value", ...)} of the Kotlin DSL. */
    private void kotlinMap(int open) {
      if (open >= tokens.size() || !tokens.get(open).is("(")) {
        return;
      }
      List<Token> entry = new ArrayList<>();
      int depth = 0;
      int limit = expressions.limit(open + 1);
      for (int j = open + 1; j < limit; j++) {
        Token token = tokens.get(j);
        if (depth == 0 && (token.is(",") || token.is(")"))) {
          int to = GroovyExpressions.indexOf(entry, "to");
          if (to == 1 && entry.get(0).type() == Type.STRING) {
            expressions.take(entry.get(0));
            placeholder(entry.get(0).value(), entry.subList(2, entry.size()));
          }
          entry = new ArrayList<>();
          if (token.is(")")) {
            return;
          }
          continue;
        }
        if (token.is("(")) {
          depth++;
        } else if (token.is(")")) {
          depth--;
        }
        if (token.type() != Type.NEWLINE) {
          entry.add(token);
        }
      }
    }

    /** {@code extra["twilioToken"] = "..."} and {@code extra.set("twilioToken", "...")} of the Kotlin DSL. */
    private void extra(int i) {
      if (i + 3 < tokens.size() && tokens.get(i).is("[") && tokens.get(i + 1).type() == Type.STRING && tokens.get(i + 2).is("]")
        && tokens.get(i + 3).is("=")) {
        Token key = tokens.get(i + 1);
        expressions.take(key);
        GradleDsl.extraProperty(unit, "extra", key.value(), expressions.expression(expressions.until(i + 4)));
      } else if (i + 2 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).is("set")) {
        expressions.arguments(i + 2, 2).ifPresent(args -> {
          String key = expressions.constant(args.get(0));
          Expr value = expressions.expression(args.get(1));
          if (key != null) {
            GradleDsl.extraProperty(unit, "extra", key, value);
          }
        });
      }
    }

    private void placeholder(String key, List<Token> valueTokens) {
      GradleDsl.manifestPlaceholder(unit, key, expressions.expression(valueTokens));
    }

    /**
     * {@code def twilioToken = "..."}, {@code ext.twilioToken = "..."}, {@code twilioToken = "..."} in an
     * {@code ext} block, {@code twilioToken "..."} or {@code ext.set("twilioToken", "...")}.
     */
    private void assignmentOrCall(int i, boolean inExt) {
      int at = i;
      while (at < tokens.size() && MODIFIERS.contains(tokens.get(at).text())) {
        at++;
      }
      List<String> chain = new ArrayList<>();
      while (at < tokens.size() && tokens.get(at).type() == Type.IDENTIFIER) {
        chain.add(tokens.get(at).text());
        if (at + 1 < tokens.size() && tokens.get(at + 1).is(".")) {
          at += 2;
        } else {
          at++;
          break;
        }
      }
      if (chain.isEmpty() || at >= tokens.size()) {
        return;
      }
      String name = chain.get(chain.size() - 1);
      Token next = tokens.get(at);
      boolean extra = inExt || chain.contains("ext");
      if (next.is("=")) {
        Expr value = expressions.expression(expressions.until(at + 1));
        if (value != null) {
          List<String> keys = extra || chain.size() == 1 ? List.of(SymbolKey.gradleProperty(name), SymbolKey.script(unit.file(), name)) : List.of();
          unit.add(new Binding(keys, List.of(name), context(chain.subList(0, chain.size() - 1)), value));
        }
      } else if (name.equals("set") && next.is("(") && chain.size() >= 2 && expressions.arguments(at, 1).isPresent()) {
        // authToken.set("…"): Gradle's lazy property API, the same as authToken = "…"
        String property = chain.get(chain.size() - 2);
        Expr value = expressions.expression(expressions.arguments(at, 1).get().get(0));
        if (value != null) {
          unit.add(new Binding(List.of(), List.of(property), context(chain.subList(0, chain.size() - 2)), value));
        }
      } else if (name.equals("set") && next.is("(")) {
        expressions.arguments(at, 2).ifPresent(args -> {
          String key = expressions.constant(args.get(0));
          Expr value = expressions.expression(args.get(1));
          if (key != null) {
            GradleDsl.extraProperty(unit, "ext", key, value);
          }
        });
      } else if (next.type() == Type.STRING || next.is("(")) {
        expressions.arguments(at, 1).ifPresent(args -> {
          Expr value = expressions.expression(args.get(0));
          if (value != null) {
            unit.add(new Binding(List.of(), List.of(name), context(List.of()), value));
          }
        });
      }
    }

  }
}
