package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Ranges are sorted by file, then start, then end; equal ranges hash alike (the core keys its literals by range). */
class SourceRangeTest {

  @Test
  void ranges_sort_by_file_then_start_then_end() {
    SourceRange a = SourceRange.of("a.xml", 3, 4, 3, 10);
    SourceRange b = SourceRange.of("a.xml", 3, 4, 4, 0);
    SourceRange c = SourceRange.of("a.xml", 3, 5, 3, 6);
    SourceRange d = SourceRange.of("a.xml", 10, 0, 10, 1);
    SourceRange e = SourceRange.of("b.xml", 1, 0, 1, 1);
    List<SourceRange> ranges = new ArrayList<>(List.of(e, d, c, b, a));
    Collections.sort(ranges);
    assertThat(ranges).containsExactly(a, b, c, d, e);
  }

  @Property(tries = 500)
  void equal_ranges_compare_as_zero_and_hash_alike(@ForAll @IntRange(min = 1, max = 3) int line, @ForAll @IntRange(max = 3) int column,
    @ForAll @IntRange(min = 1, max = 3) int otherLine, @ForAll @IntRange(max = 3) int otherColumn, @ForAll boolean sameFileObject) {
    String file = "app/src/main/res/values/strings.xml";
    SourceRange range = SourceRange.of(file, line, column, line + 1, column);
    // the same name in another String object: ranges from different front-ends share no instance
    SourceRange other = SourceRange.of(sameFileObject ? file : new String(file), otherLine, otherColumn, otherLine + 1, otherColumn);
    boolean same = line == otherLine && column == otherColumn;
    assertThat(range.equals(other)).isEqualTo(same);
    assertThat(range.compareTo(other) == 0).isEqualTo(same);
    assertThat(Integer.signum(range.compareTo(other))).isEqualTo(-Integer.signum(other.compareTo(range)));
    if (same) {
      assertThat(range.hashCode()).isEqualTo(other.hashCode());
    }
  }
}
