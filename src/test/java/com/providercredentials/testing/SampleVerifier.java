package com.providercredentials.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the findings of an analysis with the expectations written in the sample files. */
public final class SampleVerifier {

  private SampleVerifier() {
  }

  /**
   * Every expected issue is found with its exact line, message and (where given) range, and no other
   * finding has its primary location in these files.
   */
  public static void verify(List<Finding> findings, Map<Path, String> fileIds) {
    for (Map.Entry<Path, String> file : fileIds.entrySet()) {
      List<Expectations.Expected> expected = Expectations.of(file.getKey(), file.getValue());
      List<Finding> actual = findings.stream()
        .filter(f -> f.location().file().equals(file.getValue()))
        .sorted(Comparator.comparing(Finding::location))
        .toList();
      String name = file.getKey().getFileName().toString();
      assertThat(actual.stream().map(f -> name + ":" + f.location().startLine() + " " + f.message()).toList())
        .as("issues in %s", name)
        .containsExactlyElementsOf(expected.stream().map(e -> name + ":" + e.line() + " " + e.message()).toList());
      Map<Integer, Finding> byLine = actual.stream().collect(Collectors.toMap(f -> f.location().startLine(), Function.identity(), (a, b) -> a));
      for (Expectations.Expected e : expected) {
        if (e.range() != null) {
          assertThat(byLine.get(e.line()).location()).as("range of the issue at %s:%d", name, e.line()).isEqualTo(e.range());
        }
      }
    }
  }
}
