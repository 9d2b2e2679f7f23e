package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import com.providercredentials.testing.Hostile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Java front-end, run by sonar-java's own parser and verifier, on hostile sources: 10,000-term
 * concatenations, deeply nested expressions, and any text in string literals. Nothing escapes, and the
 * credential hidden in them is still found.
 */
class HostileJavaInputTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static boolean lastTooDeep;

  @Test
  void a_concatenation_of_ten_thousand_literals_is_read_without_recursion_and_its_credential_found() throws IOException {
    String sid = "AC" + Hostile.hex(32);
    String token = Hostile.hex(28) + "c0de";
    StringBuilder expression = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      expression.append(i == 0 ? "" : " + ").append('"').append(i == 5_000 ? sid + ":" + token : "").append('"').append(i % 20 == 19 ? "\n" : "");
    }
    List<Finding> findings = analyse("class Joined {\n  static final String CREDENTIALS =\n" + expression + ";\n}\n");
    assertThat(findings).extracting(Finding::masked).containsExactly("…c0de");
    assertThat(lastTooDeep).isFalse();
  }

  @Test
  void deeply_nested_expressions_are_read_or_skipped_without_failing() throws IOException {
    int depth = 3_000;
    String token = Hostile.hex(28) + "beef";
    String nested = "(".repeat(depth) + "\"" + token + "\"" + ")".repeat(depth);
    String calls = "f(".repeat(depth) + "\"x\"" + ")".repeat(depth);
    String tree = "\"a\" + (".repeat(depth) + "\"b\"" + ")".repeat(depth);
    String conditions = "true && (".repeat(depth) + "true" + ")".repeat(depth);
    String products = "1 * ".repeat(10_000) + "1";
    List<Finding> findings = analyse("class Nested {\n  static final String TWILIO_AUTH_TOKEN = " + nested + ";\n  static final String A = " + calls
      + ";\n  static final String B = " + tree + ";\n  static final boolean C = " + conditions + ";\n  static final int D = " + products
      + ";\n  static String f(String s) { return s; }\n}\n");
    assertThat(findings).extracting(Finding::masked).containsExactly("…beef");
    // the nested calls are read down to the depth bound, and the file says so (logged once by the scanner)
    assertThat(lastTooDeep).isTrue();
  }

  @Property(tries = 25)
  void any_text_in_string_literals_and_text_blocks(@ForAll("literal") String text) throws IOException {
    String escaped = escape(text);
    // ECJ, sonar-java's parser, refuses `\"` followed by a unicode escape in a text block (an unpaired surrogate after a
    // quote failed one run in ~1,500): the text block gets the surrogates as '?', the string literals keep them
    String inBlock = escape(text.chars().map(c -> Character.isSurrogate((char) c) ? '?' : c)
      .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    String source = "class Any {\n  static final String TWILIO_AUTH_TOKEN = \"" + escaped + "\";\n  static final String TEXT = \"\"\"\n    "
      + inBlock + "\n    \"\"\";\n  void f() { java.util.Map.of(\"" + escaped + "\", \"" + escaped + "\"); }\n}\n";
    List<Finding> findings = analyse(source);
    for (Finding finding : findings) {
      assertThat(finding.message()).doesNotContain(text.strip().length() >= 16 ? text.strip() : "\u0000");
    }
  }

  /**
   * sonar-java parses the file in a thread with a large stack (its own parser recurses on deep trees, which is
   * sonar-java's business); the front-end then reads the tree in a thread with the default stack, as the
   * scanner's threads have.
   */
  private static List<Finding> analyse(String source) throws IOException {
    Path dir = Files.createTempDirectory("hostile-java");
    Path file = dir.resolve("Hostile.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    try {
      List<CompilationUnitTree> trees = new ArrayList<>();
      Thread parser = new Thread(null, () -> CheckVerifier.newVerifier().onFile(file.toString()).withClassPath(List.of())
        .withCheck((JavaFileScanner) context -> trees.add(context.getTree())).verifyNoIssues(), "parser", 1L << 30);
      parser.start();
      parser.join();
      assertThat(trees).as(() -> "sonar-java could not parse:\n" + (source.length() > 400 ? source.substring(0, 400) : source)
        .chars().mapToObj(c -> c < 0x20 && c != '\n' || c > 0x7e ? String.format("<%04x>", c) : String.valueOf((char) c))
        .collect(java.util.stream.Collectors.joining())).hasSize(1);
      SourceUnit unit = new SourceUnit(file.toUri().toString(), "app", SourceUnit.Kind.CODE);
      JavaFileVisitor visitor = new JavaFileVisitor(unit, DETECTOR);
      assertTimeoutPreemptively(Hostile.GUARD, () -> visitor.collect(trees.get(0)));
      lastTooDeep = visitor.tooDeep();
      return assertTimeoutPreemptively(Hostile.GUARD, () -> DETECTOR.detect(List.of(unit)).findings());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** The text as the body of a Java string literal: every character but the quote, the backslash and line ends as written. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        // octal escapes for control characters (a unicode escape of a line end would end the literal)
        default -> out.append(c < 0x20 ? String.format("\\%03o", c) : Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c));
      }
    });
    return out.toString();
  }

  @Provide
  Arbitrary<String> literal() {
    return Arbitraries.oneOf(Hostile.mix(), Arbitraries.of("AC".repeat(50_000), "\\u".repeat(50_000), "x".repeat(Hostile.ONE_MB)));
  }
}
