package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin reads the trees the build compiled from the provider specs' YAML (docs/adr/012): each must be the tree of
 * the YAML in src/main/resources, the one people edit.
 */
class SpecTreeTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void every_compiled_tree_is_the_tree_of_its_yaml_source() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> specs = Files.list(RESOURCES.resolve(SpecLoader.FOLDER))) {
      specs.filter(p -> p.toString().endsWith(".yaml")).forEach(sources::add);
    }
    sources.add(RESOURCES.resolve(Vocabulary.RESOURCE));
    assertThat(sources).hasSizeGreaterThan(2);
    for (Path source : sources) {
      String resource = RESOURCES.relativize(source).toString().replace('\\', '/');
      try (InputStream compiled = getClass().getClassLoader().getResourceAsStream(resource + SpecTree.SUFFIX)) {
        assertThat(compiled).as("compiled by the build: " + resource + SpecTree.SUFFIX).isNotNull();
        Object tree = SpecTree.read(new DataInputStream(compiled));
        Object yaml = SpecTree.parseYaml(Files.readString(source));
        // a spec's compiled tree leaves its examples out: the tests read them from the YAML
        assertThat(tree).as(resource).isEqualTo(source.toString().endsWith(Vocabulary.RESOURCE) ? yaml : SpecTree.withoutExamples(yaml));
      }
    }
  }

  @Test
  void the_built_in_specs_are_those_of_the_yaml() throws IOException {
    List<String> fromYaml = new ArrayList<>();
    try (Stream<Path> specs = Files.list(RESOURCES.resolve(SpecLoader.FOLDER)).sorted()) {
      for (Path source : specs.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        fromYaml.add(describe(SpecLoader.parse(source.getFileName().toString(), Files.readString(source))));
      }
    }
    assertThat(SpecLoader.builtInWithExamples()).extracting(SpecTreeTest::describe).containsExactlyElementsOf(fromYaml);
    // what a scanner reads is the same, but for the examples
    assertThat(SpecLoader.builtIn()).extracting(SpecTreeTest::describe)
      .containsExactlyElementsOf(fromYaml.stream().map(d -> d.replaceAll("examples=\\d+", "examples=0")).toList());
    assertThat(SpecLoader.builtIn()).allSatisfy(spec -> assertThat(spec.examples()).isEmpty());
    assertThat(SpecLoader.builtInWithExamples()).allSatisfy(spec -> assertThat(spec.examples()).isNotEmpty());
  }

  @Test
  void a_tree_round_trips_and_what_a_spec_cannot_hold_is_refused() throws IOException {
    Object tree = SpecTree.parseYaml("a: [1, true, null, 'x', {b: c}]\nd: {}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpecTree.write(tree, out);
    assertThat(SpecTree.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())))).isEqualTo(tree);
    assertThatThrownBy(() -> SpecTree.write(SpecTree.parseYaml("when: 2026-11-23"), new ByteArrayOutputStream()))
      .isInstanceOf(IOException.class).hasMessageContaining("Date");
  }

  /** What a spec says, as text (shapes and calls have no equality of their own). */
  private static String describe(ProviderSpec spec) {
    return spec.id() + spec.name() + spec.rule() + spec.words() + spec.vocabulary() + spec.placeholders()
      + spec.identifiers().stream().map(i -> i.kind() + i.label() + i.shape()).toList()
      + spec.secrets().stream().map(k -> k.kind() + k.label() + k.shape() + k.names() + k.pairsWith() + k.message()).toList()
      + spec.calls().stream().map(c -> c.owner() + c.method() + c.parameters() + c.roles() + c.generic()).toList()
      + " examples=" + spec.examples().size() + " " + (spec.clientSide() == null ? "" : spec.clientSide().calls().size()) + spec.contexts().size();
  }
}
