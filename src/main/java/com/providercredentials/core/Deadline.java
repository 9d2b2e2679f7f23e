package com.providercredentials.core;

import java.util.function.LongSupplier;

/**
 * A per-file time bound, checked cooperatively by the front-ends' loops (no thread per file): a hostile or
 * enormous file stops early, its candidates are dropped, and the analysis goes on. The clock is read once
 * every {@link #STRIDE} checks, so that a check in a tree walk costs a counter increment.
 */
public final class Deadline {

  /** Checks between two reads of the clock. */
  static final int STRIDE = 64;

  /** No bound. */
  public static final Deadline NONE = new Deadline(() -> 0L, Long.MAX_VALUE, 0);

  private final LongSupplier nanoClock;
  private final long endNanos;
  private final long boundMillis;
  private int countdown = STRIDE;

  private Deadline(LongSupplier nanoClock, long endNanos, long boundMillis) {
    this.nanoClock = nanoClock;
    this.endNanos = endNanos;
    this.boundMillis = boundMillis;
  }

  /** A deadline {@code millis} from now on the given clock (nanoseconds); none when {@code millis <= 0}. */
  public static Deadline after(long millis, LongSupplier nanoClock) {
    if (millis <= 0) {
      return NONE;
    }
    long now = nanoClock.getAsLong();
    long end = Long.MAX_VALUE - now < millis * 1_000_000L ? Long.MAX_VALUE : now + millis * 1_000_000L;
    return new Deadline(nanoClock, end, millis);
  }

  public long boundMillis() {
    return boundMillis;
  }

  /** Throws {@link Exceeded} once the bound is past; cheap enough to call on every node of a tree. */
  public void check() {
    if (this == NONE || --countdown > 0) {
      return;
    }
    countdown = STRIDE;
    if (nanoClock.getAsLong() - endNanos > 0) {
      throw new Exceeded(boundMillis);
    }
  }

  /** The file took longer than the bound: what was collected from it is dropped. */
  public static final class Exceeded extends RuntimeException {
    public Exceeded(long boundMillis) {
      super("over the per-file bound of " + boundMillis + " ms", null, false, false);
    }
  }
}
