package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final long MS = 1_000_000L;

  @Test
  void throws_once_the_clock_is_past_the_bound_reading_it_every_stride_checks() {
    AtomicLong now = new AtomicLong(5 * MS);
    AtomicLong reads = new AtomicLong();
    Deadline deadline = Deadline.after(10, () -> {
      reads.incrementAndGet();
      return now.get();
    });
    assertThat(reads.get()).isEqualTo(1);
    for (int i = 0; i < 3 * Deadline.STRIDE; i++) {
      deadline.check();
    }
    assertThat(reads.get()).isEqualTo(4);
    now.set(15 * MS);
    deadline.check(); // exactly at the bound: not past it
    for (int i = 1; i < Deadline.STRIDE; i++) {
      deadline.check();
    }
    now.set(15 * MS + 1);
    for (int i = 1; i < Deadline.STRIDE; i++) {
      deadline.check();
    }
    assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class).hasMessage("over the per-file bound of 10 ms");
    assertThat(deadline.boundMillis()).isEqualTo(10);
  }

  @Test
  void no_bound_when_zero_or_negative_and_never_reads_the_clock() {
    AtomicLong reads = new AtomicLong();
    for (long millis : new long[] {0, -1}) {
      Deadline deadline = Deadline.after(millis, () -> {
        reads.incrementAndGet();
        return Long.MAX_VALUE;
      });
      assertThat(deadline).isSameAs(Deadline.NONE);
      for (int i = 0; i < 10 * Deadline.STRIDE; i++) {
        deadline.check();
      }
    }
    assertThat(reads.get()).isZero();
  }

  @Test
  void a_huge_bound_does_not_overflow() {
    Deadline deadline = Deadline.after(Long.MAX_VALUE / MS, () -> Long.MAX_VALUE - 10);
    for (int i = 0; i < 2 * Deadline.STRIDE; i++) {
      deadline.check();
    }
  }

  @Test
  void a_unit_checks_its_deadline_when_a_candidate_is_added() {
    AtomicLong now = new AtomicLong();
    SourceUnit unit = new SourceUnit("f", "", SourceUnit.Kind.RESOURCE).deadline(Deadline.after(1, now::get));
    now.set(2 * MS);
    Binding binding = Binding.named("x", new Expr.Literal("v", SourceRange.of("f", 1, 0, 1, 1)));
    for (int i = 1; i < Deadline.STRIDE; i++) {
      unit.add(binding);
    }
    assertThatThrownBy(() -> unit.add(binding)).isInstanceOf(Deadline.Exceeded.class);
    assertThat(unit.bindings()).hasSize(Deadline.STRIDE - 1);
  }
}
