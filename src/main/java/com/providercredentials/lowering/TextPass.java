package com.providercredentials.lowering;

import com.providercredentials.core.Binding;
import com.providercredentials.core.BuildConfigValues;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.lowering.TextTokens.Token;
import com.providercredentials.lowering.TextTokens.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/** One reading of a text by {@link TextReader}: its tokens turned into the unit's bindings and calls. */
final class TextPass {

  /** The most tokens read for a call's arguments: more is no call written in a comment. */
  static final int MAX_CALL_TOKENS = 256;

  /** The Android Gradle DSL's calls that name a value: the second of three strings names the third. */
  private static final Set<String> GRADLE_FIELDS = Set.of("buildConfigField", "resValue");

  private final Detector detector;
  private final List<Token> tokens;
  private final List<String> lineNames;
  private final List<String> context;
  private final SourceUnit unit;
  private final int firstLine;
  private final Set<Integer> consumed = new HashSet<>();

  TextPass(Detector detector, List<Token> tokens, List<String> lineNames, List<String> context, SourceUnit unit, int firstLine) {
    this.detector = detector;
    this.tokens = tokens;
    this.lineNames = lineNames;
    this.context = context;
    this.unit = unit;
    this.firstLine = firstLine;
  }

  void run() {
    for (int i = 0; i < tokens.size(); i++) {
      if ((i & 0xff) == 0) {
        unit.checkpoint();
      }
      Token token = tokens.get(i);
      if (token.type() == Type.NAME && GRADLE_FIELDS.contains(token.text()) && i + 1 < tokens.size()) {
        gradleField(i);
      } else if (token.type() == Type.NAME && i + 1 < tokens.size() && tokens.get(i + 1).is('(')) {
        call(i);
      } else if ((token.is('=') || token.is(':')) && !consumed.contains(i)) {
        assignment(i);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      // a word of prose or a type's name is no value: an identifier or a secret written bare has digits
      boolean value = token.type() == Type.STRING || token.type() == Type.BARE
        || (token.type() == Type.NAME && token.text().indexOf('.') < 0 && TextValues.hasDigit(token.text()));
      if (value && !consumed.contains(i) && detector.worthReporting(token.text())) {
        String element = i > 0 && tokens.get(i - 1).is('>') ? nameBefore(i - 2) : null;
        List<String> names = element != null ? List.of(element)
          : token.range().startLine() == firstLine && token.type() != Type.NAME ? lineNames : List.of();
        unit.add(new Binding(List.of(), names, List.of(), TextValues.literal(token)));
      }
    }
  }

  /**
   * {@code buildConfigField "String", "TWILIO_AUTH_TOKEN", "\"…\""}, {@code resValue("string", "name", "…")}, with or
   * without parentheses: the value named by the field's name (the Java source of a {@code BuildConfig} field unquoted).
   */
  private void gradleField(int at) {
    boolean parenthesised = tokens.get(at + 1).is('(');
    List<Integer> strings = new ArrayList<>();
    for (int i = at + 1; i < tokens.size() && strings.size() < 3; i++) {
      Token token = tokens.get(i);
      if (token.type() == Type.STRING) {
        strings.add(i);
      } else if (!(token.is(',') || (i == at + 1 && parenthesised) || (parenthesised && token.type() == Type.NEWLINE))) {
        break;
      }
    }
    if (strings.size() < 3) {
      return;
    }
    Token name = tokens.get(strings.get(1));
    Expr value = TextValues.literal(tokens.get(strings.get(2)));
    boolean field = tokens.get(at).text().equals("buildConfigField");
    Expr bound = field ? BuildConfigValues.javaString(value) : value;
    if (bound != null && Lowering.isShortName(name.text())) {
      strings.forEach(consumed::add);
      unit.add(new Binding(List.of(), List.of(name.text()), List.of(field ? "BuildConfig" : "resValue"), bound));
    }
  }

  /** {@code name(args)}, {@code new Type(args)}: recorded when its method may be a provider's or an argument is worth it. */
  private void call(int nameAt) {
    String written = tokens.get(nameAt).text();
    boolean constructor = nameAt > 0 && tokens.get(nameAt - 1).type() == Type.NAME && tokens.get(nameAt - 1).text().equals("new");
    int dot = written.lastIndexOf('.');
    String last = written.substring(dot + 1);
    constructor |= !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    String method = constructor ? Call.CONSTRUCTOR : last;
    String ownerName = TextValues.typeLike(constructor ? written : (dot < 0 ? "" : written.substring(0, dot)));
    List<List<Integer>> arguments = arguments(nameAt + 2);
    if (arguments == null || arguments.isEmpty()) {
      return;
    }
    boolean worthIt = detector.isProviderMethod(method);
    List<Call.Argument> args = new ArrayList<>();
    for (List<Integer> argument : arguments) {
      String name = null;
      List<Integer> value = argument;
      if (argument.size() >= 3 && tokens.get(argument.get(0)).type() == Type.NAME
        && (tokens.get(argument.get(1)).is('=') || tokens.get(argument.get(1)).is(':'))) {
        name = tokens.get(argument.get(0)).text();
        value = argument.subList(2, argument.size());
        consumed.add(argument.get(1));
      }
      Expr expr = TextValues.value(tokens, value, unit.file());
      worthIt |= expr instanceof Expr.Literal literal && detector.worthReporting(literal.value()) || expr instanceof Expr.Concat;
      args.add(new Call.Argument(name, expr));
    }
    if (worthIt) {
      arguments.forEach(consumed::addAll);
      unit.add(new Call(null, ownerName, method, args, tokens.get(nameAt).range()));
    }
  }

  /** The token indexes of each argument of the parentheses opened before {@code from}; null when they never close. */
  private List<List<Integer>> arguments(int from) {
    List<List<Integer>> arguments = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int depth = 0;
    // bounded: prose opens parentheses it never closes, and each name before one would otherwise read to the end
    for (int i = from; i < Math.min(tokens.size(), from + MAX_CALL_TOKENS); i++) {
      Token token = tokens.get(i);
      if (depth == 0 && token.is(')')) {
        if (!current.isEmpty()) {
          arguments.add(current);
        }
        return arguments;
      }
      if (depth == 0 && token.is(',')) {
        if (current.isEmpty()) {
          // f(, x), f(a,, b): no call
          return null;
        }
        arguments.add(current);
        current = new ArrayList<>();
      } else if (depth == 0 && token.is(';')) {
        return null;
      } else if (token.type() != Type.NEWLINE && !isCommentMark(token)) {
        depth += token.is('(') ? 1 : token.is(')') ? -1 : 0;
        current.add(i);
      }
    }
    return null;
  }

  /** {@code name = value}, {@code name: value}, {@code "name": value}, {@code name: Type = value}. */
  private void assignment(int sign) {
    int valueAt = sign + 1;
    if (valueAt >= tokens.size() || sign == 0) {
      return;
    }
    Token value = tokens.get(valueAt);
    boolean literal = value.type() == Type.STRING || value.type() == Type.BARE
      || (value.type() == Type.NAME && value.text().indexOf('.') < 0 && !(valueAt + 1 < tokens.size() && tokens.get(valueAt + 1).is('(')));
    if (!literal || !detector.worthReporting(value.text())) {
      return;
    }
    int nameAt = sign - 1;
    // name: Type = value; but android:value = "…" is one qualified name, written without spaces
    if (tokens.get(sign).is('=') && nameAt >= 2 && tokens.get(nameAt - 1).is(':') && !adjacent(nameAt - 2, nameAt)) {
      nameAt -= 2;
    }
    Token name = tokens.get(nameAt);
    if (name.type() != Type.NAME && !(name.type() == Type.STRING && Lowering.isShortName(name.text()))) {
      return;
    }
    consumed.add(valueAt);
    // keyed in the text's own namespace: a call of the same text, or of another comment of the file, passes it by name
    String named = valueNamed(nameAt, name.text());
    List<String> keys = name.type() == Type.NAME ? List.of(SymbolKey.inText(unit.file(), TextValues.lastSegment(name.text()))) : List.of();
    unit.add(new Binding(keys, List.of(named), context, TextValues.literal(value)));
  }

  /** Whether the tokens from {@code first} to {@code last} are written with no space between them. */
  private boolean adjacent(int first, int last) {
    for (int i = first; i < last; i++) {
      SourceRange end = tokens.get(i).range();
      SourceRange start = tokens.get(i + 1).range();
      if (end.endLine() != start.startLine() || end.endColumn() != start.startColumn()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name of a value: its own, or for a {@code value} the {@code name} written before it in the same element or
   * call ({@code <meta-data android:name="com.example.TWILIO_AUTH_TOKEN" android:value="…"/>}).
   */
  private String valueNamed(int nameAt, String name) {
    if (!name.equals("value")) {
      return name;
    }
    String named = nameBefore(nameAt - 1);
    return named != null ? named : name;
  }

  /**
   * The {@code name="…"} of the element that {@code from} is in, looking back at most 16 tokens to its {@code <}; the
   * last two segments of a dotted name ({@code com.example.voice.TOKEN} is {@code voice.TOKEN}); or null.
   */
  @Nullable
  private String nameBefore(int from) {
    for (int i = from; i >= 2 && i >= from - 16 && !tokens.get(i).is('<') && !tokens.get(i).is('>'); i--) {
      Token before = tokens.get(i);
      if (before.type() == Type.STRING && tokens.get(i - 1).is('=') && tokens.get(i - 2).type() == Type.NAME
        && tokens.get(i - 2).text().equals("name") && Lowering.isShortName(before.text())) {
        String full = before.text();
        // com.example.voice.TOKEN: named voice.TOKEN, as the XML front-end names meta-data
        int dot = full.lastIndexOf('.');
        int owner = dot < 0 ? -1 : full.lastIndexOf('.', dot - 1);
        return full.substring(owner + 1);
      }
    }
    return null;
  }

  /** A block comment's {@code *} at a line's start, or a nested {@code //}: no part of an argument. */
  private static boolean isCommentMark(Token token) {
    return token.is('*') || token.is('/') || token.is('#');
  }
}
