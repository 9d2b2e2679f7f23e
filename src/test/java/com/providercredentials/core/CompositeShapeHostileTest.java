package com.providercredentials.core;

import static com.providercredentials.core.ShapeGrammarTest.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.providercredentials.testing.Hostile;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Composite shapes on hostile texts: what is found matches, and a text made of nothing but starts of tokens (a leading
 * literal after a separator, runs that never end as they should) is searched in time linear in its length.
 */
class CompositeShapeHostileTest {

  private static final List<Shape> SHAPES = List.of(
    shape("{parts: [eyJ, {alphabet: base64-url, length: [10, 300]}, ., {name: claims, alphabet: base64-url, length: [16, 2000]}, .,"
      + " {alphabet: base64-url, length: [43, 86]}], payload: {part: claims, equals: {role: service_role}}}"),
    shape("{parts: [[sk-proj-, sk-], {alphabet: base64-url, length: [20, 74]}, T3BlbkFJ, {alphabet: base64-url, length: [20, 74]}]}"),
    shape("{parts: [SG., {alphabet: base64-url, length: 22}, ., {alphabet: base64-url, length: 43}]}"),
    shape("{parts: [[ghp_, gho_], {name: random, alphabet: base62, length: 30}, {name: check, alphabet: base62, length: 6}],"
      + " checksum: {algorithm: crc32-base62, of: random, in: check}}"));

  @Property(tries = 100)
  void composite_shapes_search_any_text_and_find_only_what_matches(@ForAll("any") String text) {
    assertTimeoutPreemptively(Hostile.GUARD, () -> {
      for (Shape shape : SHAPES) {
        for (Shape.Match match : shape.find(text)) {
          assertThat(shape.matches(match.text())).isTrue();
          assertThat(text.substring(match.start(), match.end())).isEqualTo(match.text());
        }
        shape.matches(text);
      }
    });
  }

  @Test
  void texts_of_token_starts_are_searched_in_linear_time() {
    for (String fragment : List.of("-eyJ", "-eyJ" + "a".repeat(299) + ".", "-sk-T3BlbkFJ", " sk-proj-" + "x".repeat(40), " SG." + "a".repeat(22) + ".",
      " ghp_" + "a".repeat(36))) {
      Hostile.assertLinear(n -> {
        String text = fragment.repeat(n);
        return () -> SHAPES.forEach(shape -> shape.find(text));
      }, 2_000);
    }
  }

  @Provide
  Arbitrary<String> any() {
    return Hostile.any();
  }
}
