package com.providercredentials.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.FileAnalysis;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.Masking;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.ProviderSpec.Example;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.java.JavaTestSupport;
import com.providercredentials.kotlin.KotlinSamples;
import com.providercredentials.rules.ExampleSources.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code examples:} of every provider spec (discovered with {@link SpecLoader#builtIn()}), written as Java and
 * Kotlin sources, and as properties and Android string resources when they are named values only, then run through
 * the real front-ends and the detector: each finds what the example expects (kind and value) and nothing else, as
 * {@code core/SpecExamplesTest} asserts of the core alone.
 */
class SpecExamplesFrontEndsTest {

  private static final List<ProviderSpec> SPECS = SpecLoader.builtInWithExamples();
  private static final Detector DETECTOR = new Detector(SPECS);

  @TempDir
  static Path root;

  private record Case(ProviderSpec spec, Example example, Path directory) {
    String label() {
      return spec.id() + ": " + example.name();
    }
  }

  private static List<Case> cases(String kind) {
    List<Case> cases = new ArrayList<>();
    for (ProviderSpec spec : SPECS) {
      for (Example example : spec.examples()) {
        cases.add(new Case(spec, example, root.resolve(kind).resolve("example" + cases.size())));
      }
    }
    return cases;
  }

  @Test
  void every_spec_has_examples_in_resources_too() {
    assertThat(SPECS).isNotEmpty().allSatisfy(spec -> assertThat(spec.examples()).anyMatch(ExampleSources::namedValuesOnly));
  }

  @Test
  void an_example_is_written_as_constants_functions_and_calls() {
    Example example = new Example("neutral constants passed to a call from another file", List.of(
      new ProviderSpec.Given("Secrets.java", "FIRST", "AC\"1\"$", null, null),
      new ProviderSpec.Given(null, null, "loose", null, null),
      new ProviderSpec.Given(null, null, null, "com.twilio.http.TwilioRestClient.Builder.<init>", List.of("$FIRST", "$user", "b"))), List.of());
    assertThat(ExampleSources.code(example, Language.JAVA)).containsExactly(
      Map.entry("Secrets.java", "package example;\n\nclass Secrets {\n  static final String FIRST = \"AC\\\"1\\\"$\";\n}\n"),
      Map.entry("Example.java", "package example;\n\nimport com.twilio.http.TwilioRestClient;\n\nclass Example {\n"
        + "  Object value2() {\n    return \"loose\";\n  }\n"
        + "  void call3(String user) {\n    new TwilioRestClient.Builder(Secrets.FIRST, user, \"b\");\n  }\n}\n"));
    assertThat(ExampleSources.code(example, Language.KOTLIN)).containsExactly(
      Map.entry("Secrets.kt", "package example\n\nobject Secrets {\n    const val FIRST = \"AC\\\"1\\\"\\$\"\n}\n"),
      Map.entry("Example.kt", "package example\n\nimport com.twilio.http.TwilioRestClient\n\nobject Example {\n"
        + "    fun value2(): Any = \"loose\"\n"
        + "    fun call3(user: String) {\n        TwilioRestClient.Builder(Secrets.FIRST, user, \"b\")\n    }\n}\n"));
  }

  /** One run of sonar-java over every example, each in a directory of its own: a module of its own. */
  @TestFactory
  Stream<DynamicTest> java() throws IOException {
    List<Case> cases = cases("java");
    List<Path> files = new ArrayList<>();
    for (Case c : cases) {
      files.addAll(write(c.directory(), ExampleSources.code(c.example(), Language.JAVA)));
    }
    Map<String, List<SourceUnit>> byModule = JavaTestSupport.collect(files, DETECTOR).units().stream()
      .collect(Collectors.groupingBy(SourceUnit::module));
    return cases.stream().map(c -> DynamicTest.dynamicTest("java: " + c.label(),
      () -> check(c, byModule.getOrDefault(c.directory().toAbsolutePath().normalize().toString(), List.of()))));
  }

  @TestFactory
  Stream<DynamicTest> kotlin() {
    return cases("kotlin").stream().map(c -> DynamicTest.dynamicTest("kotlin: " + c.label(), () -> {
      List<SourceUnit> units = new ArrayList<>();
      ExampleSources.code(c.example(), Language.KOTLIN).forEach((name, text) ->
        units.add(KotlinSamples.collect("file:///example/app/src/main/kotlin/" + name, "/example/app", text)));
      check(c, units);
    }));
  }

  @TestFactory
  Stream<DynamicTest> properties() {
    return cases("properties").stream().filter(c -> ExampleSources.namedValuesOnly(c.example()))
      .map(c -> DynamicTest.dynamicTest("properties: " + c.label(),
        () -> check(c, List.of(read("app/src/main/resources/application.properties", ExampleSources.properties(c.example()))))));
  }

  @TestFactory
  Stream<DynamicTest> android_string_resources() {
    return cases("xml").stream().filter(c -> ExampleSources.namedValuesOnly(c.example()))
      .map(c -> DynamicTest.dynamicTest("xml: " + c.label(),
        () -> check(c, List.of(read("app/src/main/res/values/strings.xml", ExampleSources.stringsXml(c.example()))))));
  }

  private static void check(Case c, List<SourceUnit> units) {
    // the front-end handed the values over: what the detector says is the core's judgement
    assertThat(units).as("candidates of %s", c.label()).isNotEmpty();
    List<Finding> findings = DETECTOR.detect(units).findings();
    assertThat(findings.stream().filter(f -> f.provider().id().equals(c.spec().id())).map(f -> f.kind() + " " + f.masked()))
      .as(c.label())
      .containsExactlyInAnyOrderElementsOf(c.example().expect().stream().map(e -> e.kind() + " " + Masking.secret(e.value())).toList());
    assertThat(findings).as("no other provider claims the values of " + c.label()).allMatch(f -> f.provider().id().equals(c.spec().id()));
  }

  /** The file read by the front-end that accepts its path, as the plugin does. */
  private static SourceUnit read(String path, String text) throws FileFrontEnd.UnreadableFile {
    SourceUnit unit = new SourceUnit("file:///example/" + path, "/example/app", SourceUnit.Kind.RESOURCE);
    FileFrontEnd frontEnd = FileAnalysis.FRONT_ENDS.stream().filter(f -> f.accepts(path, null)).findFirst().orElseThrow();
    frontEnd.read(text, unit);
    return unit;
  }

  private static List<Path> write(Path directory, Map<String, String> files) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      written.add(Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8));
    }
    return written;
  }
}
