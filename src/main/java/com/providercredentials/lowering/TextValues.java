package com.providercredentials.lowering;

import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.lowering.TextTokens.Token;
import com.providercredentials.lowering.TextTokens.Type;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/** The values {@link TextPass} reads out of tokens: literals, names of the same text, concatenations. */
final class TextValues {

  private TextValues() {
  }

  /** A literal, a name of the text, strings joined by {@code +}, or an opaque value. */
  static Expr value(List<Token> tokens, List<Integer> indexes, String file) {
    Token first = tokens.get(indexes.get(0));
    SourceRange range = first.range().span(tokens.get(indexes.get(indexes.size() - 1)).range());
    if (indexes.size() == 1 && first.type() == Type.STRING) {
      return literal(first);
    }
    if (indexes.size() == 1 && first.type() == Type.NAME && TextTokens.isDottedName(first.text())) {
      // a constant passed by name: what the same file's text binds to it ({@code // Twilio.init(SID, TOKEN);})
      return new Expr.Ref(List.of(SymbolKey.inText(file, lastSegment(first.text()))), first.text(), range);
    }
    List<Expr> parts = new ArrayList<>();
    for (int k = 0; k < indexes.size(); k++) {
      Token token = tokens.get(indexes.get(k));
      if (k % 2 == 0 && token.type() == Type.STRING) {
        parts.add(literal(token));
      } else if (k % 2 == 0 || !token.is('+')) {
        return new Expr.Opaque(Expr.Origin.OTHER, display(tokens, indexes), range);
      }
    }
    return parts.size() > 1 && indexes.size() % 2 == 1 ? new Expr.Concat(parts, range) : new Expr.Opaque(Expr.Origin.OTHER, display(tokens, indexes), range);
  }

  private static String display(List<Token> tokens, List<Integer> indexes) {
    StringBuilder display = new StringBuilder();
    for (int index : indexes) {
      if (display.length() > 200) {
        break;
      }
      display.append(tokens.get(index).text());
    }
    return display.toString();
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  static Expr.Literal literal(Token token) {
    return new Expr.Literal(token.text(), token.range());
  }

  /** {@code Config.TOKEN}: {@code TOKEN}. */
  static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** {@code com.twilio.Twilio} as code writes it, {@code Twilio}; null when no segment is a type's. */
  @Nullable
  static String typeLike(String written) {
    String[] segments = written.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      if (!segments[i].isEmpty() && Character.isUpperCase(segments[i].charAt(0))) {
        return String.join(".", List.of(segments).subList(i, segments.length));
      }
    }
    return null;
  }
}
