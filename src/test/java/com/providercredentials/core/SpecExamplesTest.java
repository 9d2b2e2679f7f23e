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

  private static final List<ProviderSpec> SPECS = SpecLoader.builtInWithExamples();
  private static final Detector DETECTOR = new Detector(SPECS);

  @Test
  void every_spec_has_positive_and_negative_examples() {
    assertThat(SPECS).extracting(ProviderSpec::id).contains("aws", "twilio").isSorted();
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

  @Test
  void every_spec_has_client_side_examples_and_contexts() {
    for (ProviderSpec spec : SPECS) {
      assertThat(spec.clientSide()).as(spec.id()).isNotNull();
      assertThat(spec.clientSide().examples()).as(spec.id()).anyMatch(e -> e.expect() != null).anyMatch(e -> e.expect() == null);
      assertThat(spec.contexts()).as(spec.id()).anyMatch(c -> Boolean.TRUE.equals(c.android())).anyMatch(c -> Boolean.FALSE.equals(c.android()));
    }
  }

  @TestFactory
  Stream<DynamicTest> client_side_examples() {
    return SPECS.stream().flatMap(spec -> spec.clientSide().examples().stream()
      .map(example -> DynamicTest.dynamicTest(spec.id() + " client side: " + example.name(), () -> checkClientSide(spec, example))));
  }

  private static void checkClientSide(ProviderSpec spec, ProviderSpec.ClientSideExample example) {
    String file = "Example.java";
    SourceUnit unit = new SourceUnit(file, "app", SourceUnit.Kind.CODE);
    if (example.android()) {
      unit.trait(Trait.ANDROID_MODULE);
    }
    if (example.host() != null) {
      unit.add(new Binding(List.of("Example.BASE_URL"), List.of("BASE_URL"), List.of(), new Expr.Literal(example.host(), SourceRange.of(file, 1, 10, 1, 20))));
    }
    List<Call.Argument> args = new ArrayList<>();
    int column = 0;
    for (String arg : example.args()) {
      SourceRange range = SourceRange.of(file, 2, column, 2, column + arg.length());
      args.add(Call.Argument.of(clientSideArgument(arg, range)));
      column += arg.length() + 2;
    }
    int dot = example.call().lastIndexOf('.');
    String owner = example.call().substring(0, dot);
    SourceRange callRange = SourceRange.of(file, 2, 0, 2, 1);
    unit.add(new Call(owner, Call.simpleName(owner), example.call().substring(dot + 1), args, callRange));

    List<Finding> found = new ClientSideCheck(SPECS).run(List.of(unit), List.of()).stream()
      .filter(f -> f.rule().equals(ClientSideCheck.RULE)).toList();
    if (example.expect() == null) {
      assertThat(found).as(example.name()).isEmpty();
      return;
    }
    assertThat(found).as(example.name()).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.provider().id()).isEqualTo(spec.id());
    assertThat(finding.location()).isEqualTo(callRange);
    assertThat(finding.message()).isEqualTo(spec.clientSide().message());
    assertThat(finding.context()).isEqualTo(spec.contexts().get(0).key());
    assertThat(finding.secondaries()).extracting(Finding.Secondary::message)
      .containsExactlyElementsOf(example.expect().isEmpty() ? List.of() : List.of(example.expect()));
  }

  /** {@code BuildConfig.X}, {@code R.string.x}, a quoted literal, or an origin: meta-data, decoded, native, other. */
  private static Expr clientSideArgument(String arg, SourceRange range) {
    if (arg.startsWith("\"")) {
      return new Expr.Literal(arg.substring(1, arg.length() - 1), range);
    }
    if (arg.startsWith("BuildConfig.") || arg.startsWith("R.string.")) {
      return new Expr.Ref(List.of(arg), arg, range);
    }
    Expr.Origin origin = switch (arg) {
      case "meta-data" -> Expr.Origin.META_DATA;
      case "decoded" -> Expr.Origin.DECODED;
      case "native" -> Expr.Origin.NATIVE;
      case "other" -> Expr.Origin.OTHER;
      default -> throw new IllegalArgumentException("Unknown argument " + arg);
    };
    return new Expr.Opaque(origin, arg, range);
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
