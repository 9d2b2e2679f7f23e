package com.providercredentials.analysis;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Our own cumulative time in one analysis, per front-end and in the detection core. The Java and Kotlin
 * front-ends run inside sonar-java's and sonar-kotlin's sensors, whose logged times include ours: this is
 * how the benchmark tells our share apart (docs/benchmarks.md). The project sensor logs it once, at INFO.
 */
public final class AnalysisTimings {

  /**
   * What is timed: reading the provider specs, the front-ends, the core, and the project sensor's reporting (the
   * client-side and injected-credentials checks, the issues saved, the SharedAccountSid check).
   */
  public enum Part {
    SETUP, JAVA, KOTLIN, FILES, DETECTION, REPORT;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final LongAdder[] nanos = new LongAdder[Part.values().length];
  private final LongAdder files = new LongAdder();

  AnalysisTimings() {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  /** Adds the time of one file's front-end work. */
  public void file(Part part, long elapsedNanos) {
    nanos[part.ordinal()].add(elapsedNanos);
    files.increment();
  }

  /** Counts a file read on a background thread, whose time is in none of the parts (docs/adr/030). */
  public void fileAhead() {
    files.increment();
  }

  /** Adds time that is not one file's (reading the specs, the detection core's run over the whole project). */
  public void add(Part part, long elapsedNanos) {
    nanos[part.ordinal()].add(elapsedNanos);
  }

  public long millis(Part part) {
    return nanos[part.ordinal()].sum() / 1_000_000L;
  }

  public long files() {
    return files.sum();
  }

  /** {@code Provider Credentials: time setup=80ms java=12ms kotlin=3ms files=4ms detection=5ms report=1ms in 42 files}. */
  public String summary() {
    StringBuilder out = new StringBuilder("Provider Credentials: time");
    for (Part part : Part.values()) {
      out.append(' ').append(part.label()).append('=').append(millis(part)).append("ms");
    }
    return out.append(" in ").append(files()).append(" files").toString();
  }

  void reset() {
    for (LongAdder adder : nanos) {
      adder.reset();
    }
    files.reset();
  }
}
