package com.providercredentials.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What the tests of the core's stages build on: the built-in specs, synthetic values of their shapes, units written one
 * value or call per line, and the stages run up to the identifier index as {@link Detector#detect} runs them.
 */
final class CoreFixture {

  static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  static final ProviderSpec AWS = spec(SPECS, "aws");
  static final ProviderSpec TWILIO = spec(SPECS, "twilio");
  static final Vocabulary VOCABULARY = Vocabulary.builtIn();
  static final Plausibility PLAUSIBILITY = new Plausibility(VOCABULARY);
  static final CredentialPrefilter PREFILTER = new CredentialPrefilter(SPECS);
  static final CallMatcher MATCHER = new CallMatcher(SPECS);

  static final String SID = "ACaa1968680b9dcc830819c4656b8810c1";
  static final String OTHER_SID = "AC2c9ffd10bccd35397130d81abdc0b94f";
  static final String TOKEN = "5f9a90f915f481177929e3b9df501a84";
  static final String OTHER_TOKEN = "91b1eeb39b5977c95806b16032e9d03f";
  static final String PLACEHOLDER_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

  private CoreFixture() {
  }

  /** The stages up to the identifier index, run over the units. */
  record Stages(OccurrenceGraph graph, IdentifierIndex identifiers, List<Occurrence> occurrences) {

    /** The occurrence written at this line of this file (the first by range). */
    Occurrence at(String file, int line) {
      return occurrences.stream().filter(o -> o.range.file().equals(file) && o.range.startLine() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no occurrence at " + file + ":" + line));
    }
  }

  /** The spec of this id: specs are listed by file name, and each provider added shifts the others. */
  static ProviderSpec spec(List<ProviderSpec> specs, String id) {
    return specs.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  static Stages stages(Collection<SourceUnit> units) {
    return stages(SPECS, units);
  }

  /** The same stages, for these specs. */
  static Stages stages(List<ProviderSpec> specs, Collection<SourceUnit> units) {
    OccurrenceGraph graph = OccurrenceGraph.build(units, new SymbolTable(units), specs == SPECS ? PREFILTER : new CredentialPrefilter(specs));
    IdentifierIndex identifiers = new IdentifierIndex(specs, PLAUSIBILITY);
    List<Occurrence> occurrences = graph.inOrder();
    occurrences.forEach(identifiers::search);
    return new Stages(graph, identifiers, occurrences);
  }

  static SourceUnit code(String file) {
    return new SourceUnit(file, "app", SourceUnit.Kind.CODE);
  }

  static SourceUnit resource(String file, String module) {
    return new SourceUnit(file, module, SourceUnit.Kind.RESOURCE);
  }

  /** Where the value of a line is written: columns 10 to 50. */
  static SourceRange at(String file, int line) {
    return SourceRange.of(file, line, 10, line, 50);
  }

  static Expr.Literal literal(String file, int line, String value) {
    return new Expr.Literal(value, at(file, line));
  }

  /** A literal from a column of a line, as long as its value: for the arguments of one call. */
  static Expr.Literal literal(String file, int line, int column, String value) {
    return new Expr.Literal(value, SourceRange.of(file, line, column, line, column + value.length()));
  }

  static Expr.Ref ref(String file, int line, String key) {
    return new Expr.Ref(List.of(key), key, at(file, line));
  }

  /** A constant other files refer to by its name. */
  static Binding constant(String name, Expr value) {
    return new Binding(List.of(name), List.of(name), List.of(), value);
  }

  /** A call written at a line, its arguments on the same line. */
  static Call call(String owner, String method, String file, int line, Expr... arguments) {
    return new Call(owner, Call.simpleName(owner), method, Arrays.stream(arguments).map(Call.Argument::of).toList(),
      SourceRange.of(file, line, 0, line, 5));
  }
}
