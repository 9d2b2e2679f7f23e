package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.testing.Hostile;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jetbrains.kotlin.psi.KtFile;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin front-end on hostile sources parsed by sonar-kotlin's own environment: 10,000-term
 * concatenations, deep nesting, broken code, any text in string literals. Nothing escapes, and the credential
 * hidden in them is still found.
 */
class HostileKotlinInputTest {

  private static final String FILE = "file:///project/app/src/main/kotlin/Hostile.kt";

  private record Read(List<Finding> findings, boolean tooDeep) {
  }

  @Test
  void a_concatenation_of_ten_thousand_terms_is_read_without_recursion_and_its_credential_found() {
    String sid = "AC" + Hostile.hex(32);
    String token = Hostile.hex(28) + "c0de";
    StringBuilder expression = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      expression.append(i == 0 ? "" : " +").append(i % 20 == 0 ? "\n    " : " ").append('"').append(i == 5_000 ? sid + ":" + token : "").append('"');
    }
    Read read = read("object Joined {\n  val credentials =" + expression + "\n}\n");
    assertThat(read.findings()).extracting(Finding::masked).containsExactly("…c0de");
    assertThat(read.tooDeep()).isFalse();
  }

  @Test
  void deep_nesting_is_read_down_to_a_bound_without_overflowing_the_stack() {
    int depth = 3_000;
    String token = Hostile.hex(28) + "beef";
    Read read = read("object Nested {\n  const val TWILIO_AUTH_TOKEN = \"" + token + "\"\n  val a = " + "f(".repeat(depth) + "\"x\"" + ")".repeat(depth)
      + "\n  val b = " + "listOf(".repeat(depth) + ")".repeat(depth) + "\n  fun f(s: String) = s\n}\n");
    assertThat(read.findings()).extracting(Finding::masked).containsExactly("…beef");
    assertThat(read.tooDeep()).isTrue();
  }

  @Property(tries = 20)
  void any_text_in_string_literals_and_broken_code(@ForAll("literal") String text) {
    String escaped = escape(text);
    read("object Any {\n  const val TWILIO_AUTH_TOKEN = \"" + escaped + "\"\n  val m = mapOf(\"" + escaped + "\" to \"" + escaped + "\")\n}\n");
    // and the text as code: whatever the parser makes of it
    read(text);
  }

  /** Parsed in a thread with a large stack (the Kotlin parser's business), read in one with the default stack. */
  private static Read read(String source) {
    AtomicReference<KtFile> parsed = new AtomicReference<>();
    Thread parser = new Thread(null, () -> {
      KtFile file = KotlinSamples.parse("Hostile.kt", source);
      // the parse is lazy: walk the tree once (iteratively) so that it is built here
      file.accept(new com.intellij.psi.PsiRecursiveElementWalkingVisitor() {
      });
      parsed.set(file);
    }, "parser", 1L << 30);
    parser.start();
    try {
      parser.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    SourceUnit unit = new SourceUnit(FILE, "app", SourceUnit.Kind.CODE);
    KotlinFileVisitor visitor = new KotlinFileVisitor(unit, KotlinSamples.DETECTOR);
    assertTimeoutPreemptively(Hostile.GUARD, () -> visitor.collect(parsed.get()));
    List<Finding> findings = assertTimeoutPreemptively(Hostile.GUARD, () -> KotlinSamples.DETECTOR.detect(List.of(unit)).findings());
    return new Read(findings, visitor.tooDeep());
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '$' -> out.append("\\$");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c));
      }
    });
    return out.toString();
  }

  @Provide
  Arbitrary<String> literal() {
    return Arbitraries.oneOf(Hostile.mix(), Arbitraries.of("AC".repeat(50_000), "\\u".repeat(20_000), "x".repeat(100_000), "{".repeat(2_000)));
  }
}
