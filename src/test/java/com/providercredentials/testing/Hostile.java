package com.providercredentials.testing;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile input for the robustness properties: fragments that look almost like credentials and like the
 * syntax of the files we read, glued at random, and deterministic large inputs (1 MB single lines, long runs of
 * near-matches, deep nesting). Credentials are synthetic: random hex of the real shapes.
 */
public final class Hostile {

  /** Only a guard against catastrophic backtracking or a quadratic loop: a 1 MB input takes well under a second. */
  public static final Duration GUARD = Duration.ofSeconds(20);
  public static final int ONE_MB = 1 << 20;

  private static final Random RANDOM = new SecureRandom();

  private Hostile() {
  }

  public static String hex(int length) {
    return hex(RANDOM, length);
  }

  public static String hex(Random random, int length) {
    byte[] bytes = new byte[(length + 1) / 2];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes).substring(0, length);
  }

  public static String sid() {
    return "AC" + hex(32);
  }

  /** Syntax of every kind of file we read, escapes, near-credentials and characters invalid in UTF-8 text. */
  private static final String[] FRAGMENTS = {
    "AC", "AC" + "0123456789abcdef".repeat(2).substring(1), "SK", "AKIA", "ASIA", "AKIA2345", "Basic ", "QUM", "==", ":", "://", "@",
    "\"", "'", "'''", "\"\"\"", "\\", "\\u", "\\u00", "\\\n", "$", "${", "}", "{", "[", "]", "(", ")", "<", ">", "</", "/>", "<!--", "-->",
    "<![CDATA[", "]]>", "<?xml", "&", "&amp;", "&#", "=", "+", "+=", ",", ";", "\n", "\r", "\r\n", "\t", " ", "//", "/*", "*/", "#",
    "\0", "\uFFFD", "\uD800", "\uDC00", "\uFEFF", "é", "token", "auth_token", "twilio", "secret", "aws_secret_access_key", "sid",
    "buildConfigField", "resValue", "manifestPlaceholders", "ext", "def", "mapOf", "to", "set", "property", "getString", "R.string.",
    "<string name=\"twilio_auth_token\">", "</string>", "<resources>", "</resources>", "<meta-data android:name=\"", "android:value=\"",
    "Twilio.init(", "new BasicAWSCredentials(", "\"+\"", "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  };

  /** A random mix of fragments and random characters, up to a few KB. */
  public static Arbitrary<String> mix() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
      Arbitraries.of(FRAGMENTS),
      Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8),
      Arbitraries.strings().withChars("0123456789abcdef").ofLength(32),
      Combinators.combine(Arbitraries.of("AC", "SK"), Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(30).ofMaxLength(34))
        .as(String::concat));
    return fragment.list().ofMaxSize(200).map(parts -> String.join("", parts));
  }

  /** Large inputs that are known to hurt naive scanners, each about 1 MB. */
  public static Arbitrary<String> large() {
    return Arbitraries.of(
      "x".repeat(ONE_MB),
      ("AC" + "0".repeat(31) + " ").repeat(ONE_MB / 34),
      "AC".repeat(ONE_MB / 2),
      "AKIA".repeat(ONE_MB / 4),
      (hex(32) + ":").repeat(ONE_MB / 33),
      "a:".repeat(ONE_MB / 2),
      "\\".repeat(ONE_MB),
      "\\u".repeat(ONE_MB / 2),
      "${".repeat(ONE_MB / 2),
      "\"".repeat(ONE_MB),
      "(".repeat(ONE_MB),
      "[".repeat(ONE_MB),
      "{".repeat(ONE_MB),
      "a=(;".repeat(ONE_MB / 4),
      "{a(".repeat(ONE_MB / 3),
      "x(\n".repeat(ONE_MB / 3),
      "manifestPlaceholders=[".repeat(ONE_MB / 22),
      "a \"" + hex(32) + "\"\n".repeat(ONE_MB / 40),
      "\uD800".repeat(ONE_MB),
      "\uFFFD".repeat(ONE_MB));
  }

  /**
   * Work on an input four times larger takes less than ten times as long (a quadratic loop takes sixteen):
   * measured in CPU time of this thread, the best of three runs each, so that other processes matter little.
   */
  public static void assertLinear(java.util.function.IntFunction<Runnable> work, int size) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    work.apply(size).run();
    long small = Long.MAX_VALUE;
    long large = Long.MAX_VALUE;
    // the best of five rounds: a round that a collection or another process interrupts says nothing of the algorithm
    for (int i = 0; i < 5; i++) {
      Runnable smallRun = work.apply(size);
      long start = threads.getCurrentThreadCpuTime();
      smallRun.run();
      small = Math.min(small, threads.getCurrentThreadCpuTime() - start);
      Runnable largeRun = work.apply(4 * size);
      start = threads.getCurrentThreadCpuTime();
      largeRun.run();
      large = Math.min(large, threads.getCurrentThreadCpuTime() - start);
    }
    System.out.printf("linearity: CPU time on n=%d: %d ms, on 4n: %d ms%n", size, small / 1_000_000, large / 1_000_000);
    // 20 ms of slack for timer granularity on very fast runs
    org.assertj.core.api.Assertions.assertThat(large).as("CPU time on n=%d: %d ms, on 4n: %d ms", size, small / 1_000_000, large / 1_000_000)
      .isLessThan(10 * small + 20_000_000L);
  }

  /** Occurrences of a 1 MB hostile input: small fragments repeated, or a large input. */
  public static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, mix()), net.jqwik.api.Tuple.of(2, large()));
  }
}
