package com.providercredentials.core.escapes;

/**
 * Kotlin's escapes, as the compiler's lexer and {@code KtEscapeStringTemplateEntry} read them: {@code \}{@code uXXXX},
 * {@code \t \b \n \r \' \" \\ \$}, and, as the compiler tolerates them, {@code \f} and a single octal digit
 * ({@code \0}-{@code \7}); any other character after a backslash stands for itself. A {@code \}{@code u} without four
 * hexadecimal digits is kept as written.
 */
public final class KotlinEscapes {

  private KotlinEscapes() {
  }

  /** The text of a (non-raw) string or of one of its escape entries, escapes decoded; a lone trailing backslash is kept. */
  public static String decode(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != '\\' || at + 1 == text.length()) {
        out.append(c);
        at++;
        continue;
      }
      char next = text.charAt(at + 1);
      at += 2;
      switch (next) {
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          int decoded = Hex.char4(text, at);
          if (decoded >= 0) {
            out.append((char) decoded);
            at += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(next >= '0' && next <= '7' ? (char) (next - '0') : next);
      }
    }
    return out.toString();
  }
}
