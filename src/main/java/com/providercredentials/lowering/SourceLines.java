package com.providercredentials.lowering;

/**
 * What {@link GateScan} skips or notes in a Java or Kotlin file's text without reading it: block comments (nested ones
 * too), character literals, and the lines of package and import directives.
 */
final class SourceLines {

  private SourceLines() {
  }

  /**
   * Whether a package or import directive starts the line at {@code from}: {@code import com.stripe.android.Stripe}
   * names Stripe, and so does any file of Stripe's own SDK, but a name of the code that uses it says it again.
   */
  static boolean directiveAt(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return keywordAt(text, i, "import") || keywordAt(text, i, "package");
  }

  private static boolean keywordAt(String text, int i, String keyword) {
    int end = i + keyword.length();
    return text.startsWith(keyword, i) && end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
  }

  /** Where the block comment that opens at {@code from} ends (nested ones too: Kotlin's); the text's end when it does not. */
  static int skipBlockComment(String text, int from) {
    int depth = 0;
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return text.length();
  }

  /** A character literal ({@code '"'}, {@code '\''}, {@code '\u0022'}), or a lone apostrophe. */
  static int skipCharacter(String text, int from) {
    int i = from + 1;
    if (i < text.length() && text.charAt(i) == '\\') {
      i += 2;
    } else {
      i++;
    }
    while (i < text.length() && i - from < 10 && text.charAt(i) != '\'' && text.charAt(i) != '\n') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '\'' ? i + 1 : from + 1;
  }
}
