package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.PREFILTER;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding.Secondary;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrenceGraphTest {

  private static final String KEYS = "Keys.java";
  private static final String MAIN = "Main.java";

  @Test
  void only_values_that_may_hold_a_credential_have_an_occurrence() {
    SourceUnit unit = code(KEYS)
      .add(constant("WELCOME", literal(KEYS, 1, "Welcome back, please sign in")))
      .add(new Binding(List.of("Keys.TOKEN"), List.of("TOKEN"), List.of("Keys"), literal(KEYS, 2, TOKEN)))
      .add(constant("OPAQUE", new Expr.Opaque(Expr.Origin.BUILD_CONFIG, "BuildConfig.X", at(KEYS, 3))));
    List<Occurrence> occurrences = graph(unit).inOrder();
    assertThat(occurrences).hasSize(1);
    Occurrence token = occurrences.get(0);
    assertThat(token.value).isEqualTo(TOKEN);
    assertThat(token.range).isEqualTo(at(KEYS, 2));
    assertThat(token.unit).isSameAs(unit);
    assertThat(token.names).containsExactly("TOKEN");
    assertThat(token.context).containsExactly("Keys");
    assertThat(token.uses).isEmpty();
    assertThat(token.vias).isEmpty();
    assertThat(token.parts).isEmpty();
  }

  @Test
  void a_value_written_once_is_one_occurrence_with_the_names_of_every_binding_and_the_places_it_travels_through() {
    SourceUnit keys = code(KEYS).add(constant("TOKEN", literal(KEYS, 1, TOKEN)));
    SourceUnit main = code(MAIN)
      .add(new Binding(List.of("BuildConfig.TWILIO_TOKEN"), List.of("TWILIO_TOKEN"), List.of("BuildConfig"), ref(MAIN, 3, "TOKEN"),
        "Compiled into BuildConfig.TWILIO_TOKEN here"))
      // a literal's own binding says nothing of where it travels
      .add(new Binding(List.of(), List.of("OTHER"), List.of(), literal(MAIN, 4, TOKEN), "never shown"));
    List<Occurrence> occurrences = graph(keys, main).inOrder();
    assertThat(occurrences).extracting(o -> o.range).containsExactly(at(KEYS, 1), at(MAIN, 4));
    Occurrence token = occurrences.get(0);
    assertThat(token.names).containsExactly("TOKEN", "TWILIO_TOKEN");
    assertThat(token.context).containsExactly("BuildConfig");
    assertThat(token.vias).containsExactly(new Secondary(at(MAIN, 3), "Compiled into BuildConfig.TWILIO_TOKEN here"));
    assertThat(occurrences.get(1).vias).isEmpty();
  }

  @Test
  void a_call_s_arguments_know_their_call_and_position() {
    SourceUnit unit = code(MAIN)
      .add(constant("SID", literal(MAIN, 1, SID)))
      .add(call("com.twilio.Twilio", "init", MAIN, 5, ref(MAIN, 5, "SID"), literal(MAIN, 5, 60, TOKEN), literal(MAIN, 5, 100, "eu1")));
    OccurrenceGraph graph = graph(unit);
    List<Occurrence> occurrences = graph.inOrder();
    assertThat(occurrences).extracting(o -> o.value).containsExactly(SID, TOKEN);
    Occurrence sid = occurrences.get(0);
    Occurrence token = occurrences.get(1);
    assertThat(sid.uses).singleElement().satisfies(use -> {
      assertThat(use.index()).isZero();
      assertThat(use.argument().value()).isEqualTo(ref(MAIN, 5, "SID"));
      assertThat(use.site().call().method()).isEqualTo("init");
      // a short literal is no occurrence: null in its place
      assertThat(use.site().arguments()).containsExactly(sid, token, null);
    });
    assertThat(token.uses).singleElement().satisfies(use -> assertThat(use.index()).isEqualTo(1));
    assertThat(token.uses.get(0).site()).isSameAs(sid.uses.get(0).site());
    // no identifier searched yet
    assertThat(sid.uses.get(0).site().holdIdentifierOf(CoreFixture.TWILIO)).isFalse();
  }

  @Test
  void a_concatenation_is_linked_to_its_parts() {
    SourceUnit keys = code(KEYS).add(constant("TOKEN", literal(KEYS, 1, TOKEN)));
    Expr.Literal scheme = literal(MAIN, 2, 10, "Basic ");
    Expr.Concat header = new Expr.Concat(List.of(scheme, ref(MAIN, 2, "TOKEN")), SourceRange.of(MAIN, 2, 10, 2, 40));
    SourceUnit main = code(MAIN).add(Binding.named("HEADER", header));
    OccurrenceGraph graph = graph(keys, main);
    List<Occurrence> occurrences = graph.inOrder();
    assertThat(occurrences).extracting(o -> o.range).containsExactly(at(KEYS, 1), header.range());
    Occurrence token = occurrences.get(0);
    Occurrence joined = occurrences.get(1);
    assertThat(joined.value).isEqualTo("Basic " + TOKEN);
    assertThat(joined.parts).hasSize(2);
    // the constant's literal is the occurrence it is anyway; the scheme is a detached part, never searched on its own
    assertThat(joined.parts.get(1)).isSameAs(token);
    assertThat(graph.standsAlone(token)).isTrue();
    assertThat(joined.parts.get(0).value).isEqualTo("Basic ");
    assertThat(graph.standsAlone(joined.parts.get(0))).isFalse();
    assertThat(graph.standsAlone(joined)).isTrue();
  }

  @Test
  void occurrences_come_in_the_order_of_their_ranges() {
    SourceUnit b = code("B.java").add(Binding.literal(literal("B.java", 1, TOKEN)));
    SourceUnit a = code("A.java").add(Binding.literal(literal("A.java", 9, TOKEN))).add(Binding.literal(literal("A.java", 2, SID)));
    assertThat(graph(b, a).inOrder()).extracting(o -> o.range.toString())
      .containsExactly(at("A.java", 2).toString(), at("A.java", 9).toString(), at("B.java", 1).toString());
  }

  private static OccurrenceGraph graph(SourceUnit... units) {
    Collection<SourceUnit> all = List.of(units);
    return OccurrenceGraph.build(all, new SymbolTable(all), PREFILTER);
  }
}
