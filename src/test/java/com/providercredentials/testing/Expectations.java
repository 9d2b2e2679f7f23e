package com.providercredentials.testing;

import com.providercredentials.core.SourceRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * The issues a sample file expects, written in its comments in the style of sonar-java's samples:
 * <ul>
 *   <li>{@code Noncompliant {{message}}}: an issue on this line, with this exact message;</li>
 *   <li>{@code Noncompliant@+1} / {@code @-2}: on a line relative to this one;</li>
 *   <li>a comment line of carets right below the issue line ({@code //    ^^^^^}, or {@code #} for
 *       properties): the primary location's columns on that line;</li>
 *   <li>{@code [[sc=10;ec=42]]} or {@code [[sc=10;el=+1;ec=4]]} after the message: the primary location's
 *       columns, 1-based and inclusive as in sonar's {@code ^[sc=..;ec=..]}, and its end line relative to
 *       the issue line (for XML, whose comments cannot hold carets).</li>
 * </ul>
 */
public final class Expectations {

  private static final Pattern NONCOMPLIANT = Pattern.compile("Noncompliant(@([+-]\\d+))?\\s*(\\{\\{(.*?)}})?\\s*(\\[\\[([^\\]]*)]])?");
  private static final Pattern CARETS = Pattern.compile("^\\s*(//|#)\\s*(\\^+)\\s*$");

  private Expectations() {
  }

  /** An expected issue: its line, its message, and its exact range when the sample gives it. */
  public record Expected(int line, String message, @Nullable SourceRange range) {
  }

  public static List<Expected> of(Path file, String fileId) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Expected> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = NONCOMPLIANT.matcher(lines.get(i));
      if (!matcher.find()) {
        continue;
      }
      int line = i + 1 + (matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
      String message = matcher.group(4);
      if (message == null) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": every expected issue states its message");
      }
      SourceRange range = null;
      if (matcher.group(6) != null) {
        range = attributes(fileId, line, matcher.group(6));
      } else if (line < lines.size()) {
        Matcher carets = CARETS.matcher(lines.get(line));
        if (carets.matches()) {
          int start = carets.start(2);
          range = SourceRange.of(fileId, line, start, line, carets.end(2));
        }
      }
      expected.add(new Expected(line, message, range));
    }
    return expected;
  }

  private static SourceRange attributes(String fileId, int line, String text) {
    int sc = -1;
    int ec = -1;
    int el = line;
    for (String attribute : text.split(";")) {
      String[] kv = attribute.trim().split("=");
      switch (kv[0]) {
        case "sc" -> sc = Integer.parseInt(kv[1]) - 1;
        case "ec" -> ec = Integer.parseInt(kv[1]);
        case "el" -> el = line + Integer.parseInt(kv[1].replace("+", ""));
        default -> throw new IllegalArgumentException("Unknown attribute " + kv[0]);
      }
    }
    return SourceRange.of(fileId, line, sc, el, ec);
  }
}
