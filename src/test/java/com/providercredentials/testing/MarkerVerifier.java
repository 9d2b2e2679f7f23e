package com.providercredentials.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Checks the findings of an analysis against the issues the sample files expect, written in their comments in the
 * syntax of SonarSource's analyzer-commons verifier ({@code SingleFileVerifier}/{@code MultiFileVerifier}, which
 * sonar-java's {@code CheckVerifier} uses), with one addition: secondary locations in other files. One syntax for
 * every file kind; only the comment delimiters change: {@code //} in Java, Kotlin, Gradle (Groovy and Kotlin) and
 * JSON (the JSON front-end skips {@code //} comments, as some asset files carry them), {@code <!-- -->} in XML,
 * {@code #} in properties (whole lines only: a properties value runs to the end of its line). The reference, with
 * examples, is docs/test-samples.md.
 *
 * <h2>Issues and their primary locations</h2>
 * <pre>
 * token = "…" // Noncompliant {{message}}              an issue on this line, with this exact message
 * // Noncompliant@+1 {{message}}                       on a line relative to this one (@-2 ...)
 * token = "…" // Noncompliant {{message}} [[id=tok]]   the issue named tok, for secondaries in other files
 * //          ^^^^^                                    its precise location: the carets' columns on the line
 *                                                      above the marker
 * //          ^^^^^@-1                                 ... on the line above shifted by -1 (XML text content,
 *                                                      which a comment cannot interrupt)
 * //          ^[sc=13;el=+2;ec=7]                      a range over lines: sc and ec 1-based, ec inclusive, el
 *                                                      relative to the start line; sc defaults to the caret
 * </pre>
 * Every issue states its message. An issue without carets is checked by line and message only. Two issues on one line
 * (one declared with {@code @+1} above it, one at its end) take the caret lines below it in the order they are declared.
 *
 * <h2>Secondary locations</h2>
 * <pre>
 * //          ^^^^^< {{message}}         a secondary of the closest precise primary location above, in this file
 * //          ^^^^^> {{message}}         ... of the next precise primary location below, in this file
 * // S        ^^^^^ #tok {{message}}     ... of the issue with [[id=tok]], in any file of the analysis
 * </pre>
 * The first two are analyzer-commons' own; the third is ours, and starts with {@code S} so that sonar-java's
 * verifier, which reads the Java samples too, passes over it. Secondary carets take {@code @±N} and
 * {@code [sc;el;ec]} as primary ones, and always state their message.
 *
 * <h2>What is verified</h2>
 * Every file handed to {@link #verify} raises exactly its expected issues and no other: a file without markers must
 * stay silent. The secondaries of each issue are compared exactly, in any order: an issue that marks none must have
 * none. Findings whose primary location lies in other files are not looked at.
 */
public final class MarkerVerifier {

  private static final Pattern NONCOMPLIANT = Pattern.compile("Noncompliant(?:@([+-]\\d+))?\\s*(?:\\{\\{(.*?)}})?\\s*(?:\\[\\[id=([\\w-]+)]])?\\s*");
  private static final String RANGE = "(\\^+)(?:\\[([^\\]]*)])?(?:@([+-]\\d+))?";
  private static final Pattern CARETS = Pattern.compile(RANGE + "\\s*([<>])?\\s*(?:\\{\\{(.*?)}})?\\s*");
  private static final Pattern NAMED = Pattern.compile("S\\s+" + RANGE + "\\s*#([\\w-]+)\\s*(?:\\{\\{(.*?)}})?\\s*");

  private MarkerVerifier() {
  }

  /** The comment syntax of a file, by its name. */
  enum Syntax {
    SLASHES("//", ""), XML("<!--", "-->"), HASH("#", "");

    final String open;
    final String close;
    private final Pattern noncompliant;

    Syntax(String open, String close) {
      this.open = open;
      this.close = close;
      this.noncompliant = Pattern.compile(Pattern.quote(open) + "\\s*(Noncompliant.*)");
    }

    static Syntax of(Path file) {
      String name = file.getFileName().toString();
      if (name.endsWith(".xml")) {
        return XML;
      }
      if (name.endsWith(".properties")) {
        return HASH;
      }
      if (name.endsWith(".kt") || name.endsWith(".kts") || name.endsWith(".gradle") || name.endsWith(".java") || name.endsWith(".json")) {
        return SLASHES;
      }
      throw new IllegalArgumentException("No marker syntax for " + file);
    }

    /** The text of a comment that fills the whole line, or null. */
    @Nullable
    String wholeLineComment(String line) {
      String trimmed = line.strip();
      if (!trimmed.startsWith(open) || !trimmed.endsWith(close) || trimmed.length() < open.length() + close.length()) {
        return null;
      }
      return trimmed.substring(open.length(), trimmed.length() - close.length());
    }

    /** The text of the comment on the line, whole or trailing (not for properties), or null. */
    @Nullable
    String comment(String line) {
      if (this == HASH) {
        String whole = wholeLineComment(line);
        return whole == null || !whole.strip().startsWith("Noncompliant") ? null : whole.strip();
      }
      Matcher m = noncompliant.matcher(line);
      if (!m.find()) {
        return null;
      }
      String text = m.group(1);
      int end = close.isEmpty() ? -1 : text.lastIndexOf(close);
      return end < 0 ? text : text.substring(0, end);
    }
  }

  /** An expected issue. */
  record Issue(String fileId, String display, int line, String message, @Nullable String name, int declaredAt, List<Location> secondaries,
    Location[] precise) {
    @Nullable
    SourceRange range() {
      return precise[0] == null ? null : precise[0].range();
    }
  }

  /** An expected location: its range and its message (empty for a primary). */
  record Location(SourceRange range, String message) {
  }

  /** A secondary in any file, for the issue of this name. */
  private record NamedSecondary(Path file, int declaredAt, String name, Location location) {
  }

  /** Every issue the files expect, with their secondaries resolved. */
  static List<Issue> expectations(Map<Path, String> files) {
    List<Issue> issues = new ArrayList<>();
    List<NamedSecondary> named = new ArrayList<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      issues.addAll(parse(file.getKey(), file.getValue(), named));
    }
    Map<String, Issue> byName = new HashMap<>();
    for (Issue issue : issues) {
      if (issue.name() != null && byName.put(issue.name(), issue) != null) {
        throw new IllegalStateException("Two issues named #" + issue.name());
      }
    }
    for (NamedSecondary s : named) {
      Issue issue = byName.get(s.name());
      if (issue == null) {
        throw new IllegalStateException(s.file() + ":" + s.declaredAt() + ": no issue named #" + s.name());
      }
      issue.secondaries().add(s.location());
    }
    return issues;
  }

  private static List<Issue> parse(Path file, String fileId, List<NamedSecondary> named) {
    List<String> lines = read(file);
    Syntax syntax = Syntax.of(file);
    String display = display(file);
    List<Issue> issues = new ArrayList<>();
    Issue currentPrimary = null;
    List<Location> waiting = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String where = file + ":" + lineNumber + ": ";
      String whole = syntax.wholeLineComment(lines.get(i));
      String marker = whole == null ? "" : whole.strip();
      Matcher m;
      if (marker.startsWith("^")) {
        m = CARETS.matcher(marker);
        if (!m.matches()) {
          throw new IllegalStateException(where + "unreadable location marker: " + marker);
        }
        Location location = location(lines.get(i), fileId, lineNumber, m);
        String direction = m.group(4);
        if (direction == null) {
          if (m.group(5) != null) {
            throw new IllegalStateException(where + "a primary location takes its message from its Noncompliant comment");
          }
          int target = location.range().startLine();
          currentPrimary = issues.stream().filter(x -> x.line() == target && x.precise()[0] == null).findFirst()
            .orElseThrow(() -> new IllegalStateException(where + "no issue expected on line " + target + " for this location"));
          currentPrimary.precise()[0] = location;
          currentPrimary.secondaries().addAll(waiting);
          waiting.clear();
        } else if (direction.equals("<")) {
          if (currentPrimary == null) {
            throw new IllegalStateException(where + "no primary location above this secondary");
          }
          currentPrimary.secondaries().add(location);
        } else {
          waiting.add(location);
        }
        continue;
      }
      if (marker.startsWith("S")) {
        m = NAMED.matcher(marker);
        if (m.matches()) {
          named.add(new NamedSecondary(file, lineNumber, m.group(4), location(lines.get(i), fileId, lineNumber, m)));
          continue;
        }
      }
      String comment = syntax.comment(lines.get(i));
      if (comment == null) {
        continue;
      }
      m = NONCOMPLIANT.matcher(comment);
      if (!m.matches()) {
        throw new IllegalStateException(where + "unreadable Noncompliant comment: " + comment);
      }
      if (m.group(2) == null) {
        throw new IllegalStateException(where + "every expected issue states its message");
      }
      int line = lineNumber + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
      issues.add(new Issue(fileId, display, line, m.group(2), m.group(3), lineNumber, new ArrayList<>(), new Location[1]));
    }
    if (!waiting.isEmpty()) {
      throw new IllegalStateException(file + ": no primary location below the secondary " + waiting.get(0).range());
    }
    return issues;
  }

  /** The location a caret marker points at: groups 1 to 3 of {@link #RANGE}, and the message in the last group. */
  private static Location location(String line, String fileId, int lineNumber, Matcher m) {
    int column = line.indexOf('^');
    int target = lineNumber - 1 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    String message = m.group(m.groupCount());
    if (m.pattern() != CARETS || m.group(4) != null) {
      if (message == null) {
        throw new IllegalStateException(fileId + ":" + lineNumber + ": every secondary location states its message");
      }
    }
    return new Location(range(fileId, target, column, column + m.group(1).length(), m.group(2)), message == null ? "" : message);
  }

  /** The carets' columns, or {@code [sc=;el=;ec=]}: 1-based columns, the end column inclusive, the end line relative. */
  private static SourceRange range(String fileId, int line, int start, int end, @Nullable String attributes) {
    if (attributes == null) {
      return SourceRange.of(fileId, line, start, line, end);
    }
    int sc = start;
    int el = line;
    int ec = end;
    for (String attribute : attributes.split(";")) {
      String[] kv = attribute.strip().split("=");
      switch (kv[0]) {
        case "sc" -> sc = Integer.parseInt(kv[1]) - 1;
        case "ec" -> ec = Integer.parseInt(kv[1]);
        case "el" -> el = line + Integer.parseInt(kv[1].replace("+", ""));
        default -> throw new IllegalArgumentException("Unknown attribute " + kv[0]);
      }
    }
    return SourceRange.of(fileId, line, sc, el, ec);
  }

  /**
   * Every file raises exactly the issues it expects: lines, messages, precise locations where marked, and all the
   * secondary locations of each issue.
   *
   * @param findings the findings of the whole analysis
   * @param files    the sample files to check, with the file ids the front-ends gave them
   */
  public static void verify(List<Finding> findings, Map<Path, String> files) {
    verifyReported(findings.stream().map(Reported::of).toList(), files);
  }

  /** An issue as a rule reports it: the findings of the detector, of ClientSideCheck, the shared accounts. */
  public record Reported(String rule, SourceRange location, String message, List<Finding.Secondary> secondaries) {
    public static Reported of(Finding finding) {
      return new Reported(finding.rule(), finding.location(), finding.message(), finding.secondaries());
    }
  }

  /** The same as {@link #verify}, for issues of any rule. */
  public static void verifyReported(List<Reported> issues, Map<Path, String> files) {
    Map<String, String> displays = new HashMap<>();
    files.forEach((path, id) -> displays.put(id, display(path)));
    List<Reported> actual = issues.stream().filter(f -> displays.containsKey(f.location().file()))
      .sorted(Comparator.comparing(Reported::location)).toList();
    List<Issue> expected = expectations(files);

    // render both sides the same way; a finding shows its range where the issue it matches gives one
    Map<String, List<Issue>> unmatched = expected.stream().collect(Collectors.groupingBy(i -> key(i.display(), i.line(), i.message()),
      LinkedHashMap::new, Collectors.toCollection(ArrayList::new)));
    List<String> actualText = new ArrayList<>();
    for (Reported finding : actual) {
      String display = displays.get(finding.location().file());
      List<Issue> candidates = unmatched.getOrDefault(key(display, finding.location().startLine(), finding.message()), List.of());
      Issue match = candidates.isEmpty() ? null : candidates.remove(0);
      boolean withRange = match != null && match.range() != null;
      List<String> secondaries = finding.secondaries().stream().map(s -> render(s.location(), s.message(), displays)).sorted().toList();
      actualText.add(render(display, finding.location(), finding.message(), withRange, secondaries));
    }
    List<String> expectedText = expected.stream()
      .sorted(Comparator.comparing(Issue::display).thenComparing(Issue::line).thenComparing(i -> i.range() == null ? 0 : i.range().startColumn()))
      .map(i -> render(i.display(), i.range() == null ? SourceRange.of(i.fileId(), i.line(), 0, i.line(), 0) : i.range(), i.message(),
        i.range() != null, i.secondaries().stream().map(s -> render(s.range(), s.message(), displays)).sorted().toList()))
      .toList();
    assertThat(String.join("\n", sortedLike(actualText)))
      .as("issues in %s", displays.values())
      .isEqualTo(String.join("\n", sortedLike(expectedText)));
  }

  private static List<String> sortedLike(List<String> issues) {
    return issues.stream().sorted(Comparator.comparing((String s) -> s.substring(0, s.indexOf(' ')))
      .thenComparing(s -> s)).toList();
  }

  private static String key(String display, int line, String message) {
    return display + ":" + line + " " + message;
  }

  private static String render(String display, SourceRange range, String message, boolean withRange, List<String> secondaries) {
    StringBuilder text = new StringBuilder(display).append(':').append(range.startLine());
    if (withRange) {
      text.append(" [").append(columns(range)).append(']');
    }
    text.append(" {{").append(message).append("}}");
    secondaries.forEach(s -> text.append("\n    secondary ").append(s));
    return text.toString();
  }

  private static String render(SourceRange range, String message, Map<String, String> displays) {
    return displays.getOrDefault(range.file(), range.file()) + ":" + range.startLine() + " [" + columns(range) + "] {{" + message + "}}";
  }

  private static String columns(SourceRange range) {
    return range.startColumn() + "-" + (range.endLine() == range.startLine() ? "" : range.endLine() + ":") + range.endColumn();
  }

  /** A sample's path as the reports show it: from the sample root on, with {@code /}. */
  private static String display(Path file) {
    String path = file.toString().replace('\\', '/');
    int files = path.indexOf("src/test/files/");
    return files < 0 ? path : path.substring(files + "src/test/files/".length());
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
