package com.providercredentials.files;

/**
 * The references {@link SimpleXmlScanner} replaces, as the JDK's parser does: the five predefined entities
 * ({@code &lt;} {@code &gt;} {@code &amp;} {@code &apos;} {@code &quot;}) and character references ({@code &#65;},
 * {@code &#x41;}) to XML 1.0 characters. Any other reference leaves the simple form (docs/adr/011).
 */
final class SimpleXmlReferences {

  /** The longest name between {@code &} and {@code ;} looked for: longer ones are not ours. */
  private static final int MAX_NAME = 10;

  private SimpleXmlReferences() {
  }

  /**
   * At the {@code &} at {@code at}: appends what the reference stands for to {@code out} and returns where it ends,
   * after its {@code ;}; -1, nothing appended, if it is not a predefined entity or a character reference to an XML
   * character.
   */
  static int decode(SimpleXmlInput in, int at, StringBuilder out) {
    char[] chars = in.chars;
    int length = in.length;
    int semicolon = at + 1;
    while (semicolon < length && semicolon - at <= MAX_NAME && chars[semicolon] != ';') {
      semicolon++;
    }
    if (semicolon >= length || chars[semicolon] != ';') {
      return -1;
    }
    int codePoint = codePoint(in.text.substring(at + 1, semicolon));
    if (!isXmlCharacter(codePoint)) {
      return -1;
    }
    out.appendCodePoint(codePoint);
    return semicolon + 1;
  }

  /** What the reference of that name ({@code lt}, {@code #65}, {@code #x41}) stands for; -1 if it is none of ours. */
  static int codePoint(String name) {
    if (name.startsWith("#x")) {
      return number(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      return number(name.substring(1), 10);
    }
    return switch (name) {
      case "lt" -> '<';
      case "gt" -> '>';
      case "amp" -> '&';
      case "apos" -> '\'';
      case "quot" -> '"';
      default -> -1;
    };
  }

  /** Tab, line ends and the characters XML 1.0 allows ({@code Char}), which a character reference may stand for. */
  static boolean isXmlCharacter(int codePoint) {
    return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
      || (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  private static int number(String digits, int radix) {
    if (digits.isEmpty()) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      // ASCII digits only: Character.digit also takes other scripts' digits
      if (digit < 0 || digits.charAt(i) > 'f') {
        return -1;
      }
      value = value * radix + digit;
    }
    return value;
  }
}
