package com.providercredentials.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.Providers;
import com.providercredentials.testing.MarkerVerifier;
import com.providercredentials.testing.MarkerVerifier.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One entry per rule of the plugin, discovered from the specs ({@link Providers#ruleKeys()}): the sample projects of
 * rule {@code R} are the folders of {@code src/test/files/rules/R/}, each analysed with every front-end and every rule
 * ({@link ProjectAnalysis}); every file raises exactly the issues its markers expect (see {@link MarkerVerifier}),
 * whichever rule raises them, and the rule raises at least one.
 */
class RuleSamplesTest {

  static final Path ROOT = Path.of("src/test/files/rules");

  static Stream<String> rules() {
    return Providers.ruleKeys().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void samples_raise_exactly_their_expected_issues(String rule) throws IOException {
    Path folder = ROOT.resolve(rule);
    assertThat(folder).as("the samples of rule %s", rule).isDirectory();
    List<Path> projects;
    try (Stream<Path> list = Files.list(folder)) {
      projects = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(projects).as("the sample projects of rule %s", rule).isNotEmpty();
    List<Reported> raised = new ArrayList<>();
    for (Path project : projects) {
      ProjectAnalysis.Result result = ProjectAnalysis.analyse(project);
      MarkerVerifier.verifyReported(result.issues(), result.files());
      raised.addAll(result.issues());
    }
    assertThat(raised).as("issues of rule %s in its samples", rule).anyMatch(i -> i.rule().equals(rule));
  }

  @Test
  void every_sample_folder_belongs_to_a_rule() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      assertThat(list.map(p -> p.getFileName().toString())).allMatch(Providers.ruleKeys()::contains);
    }
  }
}
