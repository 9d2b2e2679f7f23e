package com.providercredentials.core.escapes;

/**
 * The escapes of an Android string resource ({@code res/values/strings.xml}, the manifest's meta-data), after XML's own:
 * surrounding double quotes dropped, {@code \n \t}, {@code \}{@code uXXXX}, and any other character after a backslash
 * standing for itself ({@code \' \" \@ \?}). A malformed {@code \}{@code u} is kept as written.
 */
public final class AndroidEscapes {

  private AndroidEscapes() {
  }

  public static String decode(String text) {
    String value = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.append(c);
        continue;
      }
      char next = value.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          int decoded = Hex.char4(value, i + 1);
          if (decoded >= 0) {
            out.append((char) decoded);
            i += 4;
          } else {
            out.append("\\u");
          }
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
