package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec.Example;
import com.providercredentials.core.ProviderSpec.Given;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of every provider spec runs here: what it expects is found, and nothing else. */
class SpecExamplesTest {

  private static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  private static final Detector DETECTOR = new Detector(SPECS);

  @Test
  void every_spec_has_positive_and_negative_examples() {
    assertThat(SPECS).extracting(ProviderSpec::id).containsExactly("aws", "twilio");
    for (ProviderSpec spec : SPECS) {
      assertThat(spec.examples()).as(spec.id()).anyMatch(e -> !e.expect().isEmpty()).anyMatch(e -> e.expect().isEmpty());
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        assertThat(spec.examples()).as(spec.id() + " has an example for " + kind.kind())
          .anyMatch(e -> e.expect().stream().anyMatch(x -> x.kind().equals(kind.kind())));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    return SPECS.stream().flatMap(spec -> spec.examples().stream()
      .map(example -> DynamicTest.dynamicTest(spec.id() + ": " + example.name(), () -> check(spec, example))));
  }

  private static void check(ProviderSpec spec, Example example) {
    List<SourceUnit> units = toUnits(example);
    List<String> found = DETECTOR.detect(units).findings().stream()
      .filter(f -> f.provider().id().equals(spec.id()))
      .map(f -> f.kind() + " " + f.masked())
      .toList();
    List<String> expected = example.expect().stream().map(e -> e.kind() + " " + Masking.secret(e.value())).toList();
    assertThat(found).as(example.name()).containsExactlyInAnyOrderElementsOf(expected);
    // and no other provider claims the example's values
    assertThat(DETECTOR.detect(units).findings()).allMatch(f -> f.provider().id().equals(spec.id()));
  }

  /** Each given value on its own line; named values are declared under their name, calls refer to them with $NAME. */
  static List<SourceUnit> toUnits(Example example) {
    Map<String, SourceUnit> units = new LinkedHashMap<>();
    int line = 1;
    for (Given given : example.given()) {
      String file = given.file() == null ? "Example.java" : given.file();
      SourceUnit unit = units.computeIfAbsent(file, f -> new SourceUnit(f, "app", SourceUnit.Kind.CODE));
      if (given.call() != null) {
        int dot = given.call().lastIndexOf('.');
        String owner = given.call().substring(0, dot);
        List<Call.Argument> args = new ArrayList<>();
        int column = 0;
        for (String arg : given.args()) {
          SourceRange range = SourceRange.of(file, line, column, line, column + arg.length());
          args.add(Call.Argument.of(arg.startsWith("$") ? new Expr.Ref(List.of(arg.substring(1)), arg.substring(1), range) : new Expr.Literal(arg, range)));
          column += arg.length() + 2;
        }
        unit.add(new Call(owner, Call.simpleName(owner), given.call().substring(dot + 1), args, SourceRange.of(file, line, 0, line, 1)));
      } else {
        SourceRange range = SourceRange.of(file, line, 10, line, 10 + given.value().length());
        Expr.Literal literal = new Expr.Literal(given.value(), range);
        unit.add(given.name() == null ? Binding.literal(literal) : new Binding(List.of(given.name()), List.of(given.name()), List.of(), literal));
      }
      line++;
    }
    return List.copyOf(units.values());
  }
}
