package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.SymbolTable.Resolved;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolTableTest {

  private static final String KEYS = "Keys.java";
  private static final String MAIN = "Main.java";

  @Test
  void a_literal_is_itself_where_it_is_written() {
    SourceUnit unit = code(KEYS).add(constant("SID", literal(KEYS, 1, "value")));
    SymbolTable symbols = new SymbolTable(List.of(unit));
    Resolved resolved = symbols.resolve(unit.bindings().get(0), unit);
    assertThat(resolved).isEqualTo(new Resolved("value", at(KEYS, 1), unit));
    assertThat(symbols.resolve(literal(MAIN, 4, "other"), unit)).isEqualTo(new Resolved("other", at(MAIN, 4), unit));
  }

  @Test
  void a_reference_resolves_across_files_to_where_the_value_is_written() {
    SourceUnit keys = code(KEYS).add(constant("Keys.SID", literal(KEYS, 3, "value")));
    SourceUnit main = code(MAIN).add(constant("Main.ALIAS", ref(MAIN, 1, "Keys.SID")));
    SymbolTable symbols = new SymbolTable(List.of(keys, main));
    assertThat(symbols.resolve(ref(MAIN, 7, "Keys.SID"), main)).isEqualTo(new Resolved("value", at(KEYS, 3), keys));
    // through another constant too
    assertThat(symbols.resolve(main.bindings().get(0), main)).isEqualTo(new Resolved("value", at(KEYS, 3), keys));
    assertThat(symbols.resolve(ref(MAIN, 7, "Keys.TOKEN"), main)).isNull();
  }

  @Test
  void the_first_key_declared_decides() {
    SourceUnit keys = code(KEYS)
      .add(constant("com.example.Keys.SID", new Expr.Opaque(Expr.Origin.BUILD_CONFIG, "BuildConfig.SID", at(KEYS, 1))))
      .add(constant("Keys.SID", literal(KEYS, 2, "value")));
    SymbolTable symbols = new SymbolTable(List.of(keys));
    Expr.Ref precise = new Expr.Ref(List.of("com.example.Keys.SID", "Keys.SID"), "SID", at(MAIN, 5));
    assertThat(symbols.resolve(precise, keys)).isNull();
    Expr.Ref undeclaredFirst = new Expr.Ref(List.of("other.Keys.SID", "Keys.SID"), "SID", at(MAIN, 5));
    assertThat(symbols.resolve(undeclaredFirst, keys)).isEqualTo(new Resolved("value", at(KEYS, 2), keys));
  }

  @Test
  void a_key_declared_twice_resolves_to_nothing_unless_both_are_one_value_at_one_place() {
    // the same text written twice: two values, which one is meant cannot be told
    SourceUnit keys = code(KEYS).add(constant("SID", literal(KEYS, 1, "one"))).add(constant("SID", literal(KEYS, 2, "one")));
    assertThat(new SymbolTable(List.of(keys)).resolve(ref(MAIN, 1, "SID"), keys)).isNull();
    // declared twice, both times as the same literal: that one
    SourceUnit same = code(KEYS).add(constant("VALUE", literal(KEYS, 1, "one")))
      .add(constant("SID", ref(KEYS, 2, "VALUE"))).add(constant("SID", ref(KEYS, 3, "VALUE")));
    assertThat(new SymbolTable(List.of(same)).resolve(ref(MAIN, 1, "SID"), same)).isEqualTo(new Resolved("one", at(KEYS, 1), same));
  }

  @Test
  void a_cycle_resolves_to_nothing() {
    SourceUnit keys = code(KEYS).add(constant("A", ref(KEYS, 1, "B"))).add(constant("B", ref(KEYS, 2, "A")));
    SymbolTable symbols = new SymbolTable(List.of(keys));
    assertThat(symbols.resolve(ref(MAIN, 1, "A"), keys)).isNull();
    assertThat(symbols.resolve(keys.bindings().get(1), keys)).isNull();
  }

  @Test
  void a_chain_of_references_resolves_up_to_twelve_deep() {
    SourceUnit twelve = chain(12);
    assertThat(new SymbolTable(List.of(twelve)).resolve(twelve.bindings().get(12), twelve)).isEqualTo(new Resolved("value", at(KEYS, 1), twelve));
    SourceUnit thirteen = chain(13);
    assertThat(new SymbolTable(List.of(thirteen)).resolve(thirteen.bindings().get(13), thirteen)).isNull();
  }

  /** K0 = "value", K1 = K0, ..., Kn = K(n-1). */
  private static SourceUnit chain(int length) {
    SourceUnit unit = code(KEYS).add(constant("K0", literal(KEYS, 1, "value")));
    for (int i = 1; i <= length; i++) {
      unit.add(constant("K" + i, ref(KEYS, i + 1, "K" + (i - 1))));
    }
    return unit;
  }

  @Test
  void a_concatenation_joins_its_parts_and_is_written_where_it_stands() {
    SourceUnit keys = code(KEYS).add(constant("SUFFIX", literal(KEYS, 1, "cdef")));
    SymbolTable symbols = new SymbolTable(List.of(keys));
    Expr.Literal prefix = literal(MAIN, 4, 10, "ab");
    Expr.Concat concat = new Expr.Concat(List.of(prefix, ref(MAIN, 4, "SUFFIX")), SourceRange.of(MAIN, 4, 10, 4, 30));
    Resolved joined = symbols.resolve(concat, keys);
    assertThat(joined.value()).isEqualTo("abcdef");
    assertThat(joined.range()).isEqualTo(SourceRange.of(MAIN, 4, 10, 4, 30));
    assertThat(joined.parts()).containsExactly(new Resolved("ab", prefix.range(), keys), new Resolved("cdef", at(KEYS, 1), keys));
    // a part that is not in the source
    Expr.Concat opaque = new Expr.Concat(List.of(prefix, new Expr.Opaque(Expr.Origin.OTHER, "x()", at(MAIN, 5))), at(MAIN, 4));
    assertThat(symbols.resolve(opaque, keys)).isNull();
    assertThat(symbols.resolve(new Expr.Concat(List.of(), at(MAIN, 6)), keys)).isNull();
  }

  @Test
  void a_concatenation_longer_than_what_is_searched_resolves_to_nothing() {
    String half = "a".repeat(SymbolTable.MAX_SEARCHED_LENGTH / 2);
    SourceUnit unit = code(MAIN);
    SymbolTable symbols = new SymbolTable(List.of(unit));
    List<Expr> parts = new ArrayList<>(List.of(literal(MAIN, 1, half), literal(MAIN, 2, half)));
    assertThat(symbols.resolve(new Expr.Concat(parts, at(MAIN, 1)), unit).value()).hasSize(SymbolTable.MAX_SEARCHED_LENGTH);
    parts.add(literal(MAIN, 3, "b"));
    assertThat(symbols.resolve(new Expr.Concat(parts, at(MAIN, 1)), unit)).isNull();
  }
}
