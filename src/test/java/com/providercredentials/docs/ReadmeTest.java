package com.providercredentials.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.Providers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's rules table lists every rule of the plugin, one row each, and nothing else. */
class ReadmeTest {

  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|");

  @Test
  void the_rules_table_has_a_row_per_rule() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Rules\n");
    assertThat(start).as("a Rules section").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Matcher row = ROW.matcher(section);
    List<String> rows = row.results().map(r -> r.group(1)).collect(Collectors.toList());
    assertThat(rows).containsExactlyInAnyOrderElementsOf(Providers.ruleKeys());
  }
}
