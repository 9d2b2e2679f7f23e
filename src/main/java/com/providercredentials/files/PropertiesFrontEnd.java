package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.core.escapes.EscapeDialect;
import java.util.List;
import java.util.Locale;

/**
 * Properties files ({@code gradle.properties}, {@code local.properties}, Spring's {@code application-*.properties}...),
 * read as {@link java.util.Properties} does: comments, {@code =}, {@code :} or blank separators, escapes and
 * continued lines. The key names the value; entries of {@code gradle.properties} and {@code local.properties}
 * are also the Gradle properties that build scripts read.
 */
public final class PropertiesFrontEnd implements FileFrontEnd {

  @Override
  public String name() {
    return "Properties";
  }

  @Override
  public boolean accepts(String path, String language) {
    return path.toLowerCase(Locale.ROOT).endsWith(".properties");
  }

  @Override
  public void read(String text, SourceUnit unit) throws UnreadableFile {
    if (text.indexOf('\0') >= 0) {
      throw new UnreadableFile("binary content");
    }
    SourceText source = new SourceText(unit.file(), text);
    String fileName = unit.file().substring(unit.file().lastIndexOf('/') + 1);
    boolean gradle = fileName.equals("gradle.properties") || fileName.equals("local.properties");
    String context = fileName.replaceFirst("\\.properties$", "");
    int at = 0;
    while (at < text.length()) {
      unit.checkpoint();
      int lineEnd = logicalLineEnd(text, at);
      entry(text, at, lineEnd, source, unit, gradle, context);
      at = lineEnd < text.length() ? lineEnd + 1 : lineEnd;
    }
  }

  /** {@code #twilio.auth.token=…}: a commented line is read again as a property line, its key never a Gradle property. */
  @Override
  public void readComments(String text, SourceUnit comments, Detector detector) {
    SourceText source = new SourceText(comments.file(), text);
    String fileName = comments.file().substring(comments.file().lastIndexOf('/') + 1);
    String context = fileName.endsWith(".properties") ? fileName.substring(0, fileName.length() - ".properties".length()) : fileName;
    int at = 0;
    while (at < text.length()) {
      comments.checkpoint();
      int lineEnd = text.indexOf('\n', at);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      int start = at;
      while (start < lineEnd && isBlank(text.charAt(start))) {
        start++;
      }
      if (start < lineEnd && (text.charAt(start) == '#' || text.charAt(start) == '!')) {
        while (start < lineEnd && (text.charAt(start) == '#' || text.charAt(start) == '!' || isBlank(text.charAt(start)))) {
          start++;
        }
        if (detector.mayHoldCredential(text.substring(start, lineEnd))) {
          entry(text, start, lineEnd, source, comments, false, context);
        }
      }
      at = lineEnd + 1;
    }
  }

  /** The end of a logical line: a line ending in an odd number of backslashes continues on the next one. */
  private static int logicalLineEnd(String text, int from) {
    int at = from;
    while (true) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        return text.length();
      }
      int backslashes = 0;
      int k = end - 1;
      if (k >= at && text.charAt(k) == '\r') {
        k--;
      }
      while (k >= at && text.charAt(k) == '\\') {
        backslashes++;
        k--;
      }
      if (backslashes % 2 == 0) {
        return end;
      }
      at = end + 1;
    }
  }

  private static void entry(String text, int start, int end, SourceText source, SourceUnit unit, boolean gradle, String context) {
    int at = start;
    while (at < end && isBlank(text.charAt(at))) {
      at++;
    }
    if (at >= end || text.charAt(at) == '#' || text.charAt(at) == '!') {
      return;
    }
    StringBuilder key = new StringBuilder();
    while (at < end) {
      char c = text.charAt(at);
      if (c == '\\' && at + 1 < end) {
        at = EscapeDialect.PROPERTIES.decodeAt(text, at, key);
        continue;
      }
      if (c == '=' || c == ':' || isBlank(c)) {
        break;
      }
      key.append(c);
      at++;
    }
    while (at < end && isBlank(text.charAt(at))) {
      at++;
    }
    if (at < end && (text.charAt(at) == '=' || text.charAt(at) == ':')) {
      at++;
    }
    while (at < end && isBlank(text.charAt(at))) {
      at++;
    }
    int valueEnd = end;
    while (valueEnd > at && (text.charAt(valueEnd - 1) == '\r' || isBlank(text.charAt(valueEnd - 1)))) {
      valueEnd--;
    }
    if (key.isEmpty() || valueEnd <= at) {
      return;
    }
    String value = EscapeDialect.PROPERTIES.decode(text.substring(at, valueEnd));
    List<String> keys = gradle ? List.of(SymbolKey.gradleProperty(key.toString())) : List.of();
    unit.add(new Binding(keys, List.of(key.toString()), List.of(context), new Expr.Literal(value, source.range(at, valueEnd))));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
