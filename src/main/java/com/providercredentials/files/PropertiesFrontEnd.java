package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.core.escapes.EscapeDialect;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.annotation.Nullable;

/**
 * Properties files ({@code gradle.properties}, {@code local.properties}, Spring's {@code application-*.properties}...),
 * read as {@link java.util.Properties} does: comments, {@code =}, {@code :} or blank separators, escapes and
 * continued lines; a value written in quotes ({@code KEY = "value"}) is what the quotes hold. The key names the value;
 * entries of {@code gradle.properties} and {@code local.properties} are also the Gradle properties that build scripts
 * read, entries of other files those that scripts read from the files they load ({@code props['KEY']}).
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
    // the keys under which build scripts read the entries: as Gradle properties, or from the file they load
    UnaryOperator<String> keyOf = gradle ? SymbolKey::gradleProperty : loadedByBuildScripts(unit.file(), unit.module()) ? SymbolKey::propertiesEntry : null;
    String context = fileName.replaceFirst("\\.properties$", "");
    int at = 0;
    while (at < text.length()) {
      unit.checkpoint();
      int lineEnd = logicalLineEnd(text, at);
      entry(text, at, lineEnd, source, unit, keyOf, context);
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
          entry(text, start, lineEnd, source, comments, null, context);
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

  /**
   * Whether build scripts may load the file ({@code props.load(rootProject.file('secrets.properties'))}): one that
   * stands in its module's directory, beside them; not a resource of the app under {@code src/}.
   */
  static boolean loadedByBuildScripts(String file, String module) {
    try {
      String path = URI.create(file).getPath();
      int slash = path == null ? -1 : path.lastIndexOf('/');
      return slash >= 0 && path.substring(0, slash).endsWith(module.replace('\\', '/'));
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }

  private static void entry(String text, int start, int end, SourceText source, SourceUnit unit, @Nullable UnaryOperator<String> keyOf,
    String context) {
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
    if (quoted(text, at, valueEnd)) {
      // KEY = "value", KEY: 'value': Java reads the quotes as part of the value, the credential is what they hold
      at++;
      valueEnd--;
    }
    String value = EscapeDialect.PROPERTIES.decode(text.substring(at, valueEnd));
    List<String> keys = keyOf == null ? List.of() : List.of(keyOf.apply(key.toString()));
    unit.add(new Binding(keys, List.of(key.toString()), List.of(context), new Expr.Literal(value, source.range(at, valueEnd))));
  }

  /** Whether the value is one string in double or single quotes (no quote of that kind inside). */
  static boolean quoted(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    char quote = text.charAt(start);
    return (quote == '"' || quote == '\'') && text.indexOf(quote, start + 1) == end - 1;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
