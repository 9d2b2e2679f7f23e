package com.providercredentials.core;

import static com.providercredentials.core.ShapeGrammarTest.shape;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.testing.FixtureSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The prefilter ({@link Detector#mayHoldCredential}) keeps only values with a run of {@link Shape#shortestToken()}
 * characters that {@link Shape#markCharacters} marks. For composite shapes (segments, URLs, checksums) that must stay a
 * sound over-approximation: a value that matches, or a text in which a token is found, always passes, unless its runs
 * read as words ({@link WordRuns}).
 */
class ShapePrefilterPropertyTest {

  private static final List<Shape> SHAPES = shapes();
  /** A detector whose identifiers are all these shapes: its prefilter is the one the core runs. */
  private static final CredentialPrefilter PREFILTER = new CredentialPrefilter(List.of(new ProviderSpec("shapes", "Shapes", "ShapesCredentials", Set.of("shapes"), Set.of(),
    SHAPES.stream().map(s -> new ProviderSpec.IdentifierKind("id" + SHAPES.indexOf(s), "id", s, false)).toList(), List.of(), List.of(), Set.of(),
    List.of())));

  private static List<Shape> shapes() {
    List<Shape> shapes = new ArrayList<>(List.of(
      shape("{parts: [SG., {alphabet: base64-url, length: 22}, ., {alphabet: base64-url, length: 43}]}"),
      shape("{parts: [xoxb-, {alphabet: digits, length: [10, 13]}, '-', {alphabet: digits, length: [10, 13]}, '-', {alphabet: alnum, length: 24}]}"),
      shape("{parts: [[sk-proj-, sk-], {alphabet: base64-url, length: [20, 74]}, T3BlbkFJ, {alphabet: base64-url, length: [20, 74]}]}"),
      shape("{parts: [{alphabet: lower-hex, length: 32}, -us, {alphabet: digits, length: [1, 2]}]}"),
      shape("{parts: ['cloudinary://', {name: identifier, alphabet: digits, length: 15}, ':', {name: secret, alphabet: base64-url, length: 27},"
        + " '@', {name: cloud, alphabet: host, length: [1, 30]}]}"),
      shape("{parts: ['https://hooks.slack.com/services/T', {alphabet: upper-alnum, length: [8, 12]}, /B, {alphabet: upper-alnum, length: [8, 12]},"
        + " /, {name: secret, alphabet: alnum, length: 24}]}"),
      shape("{prefixes: [AC], alphabet: hex, length: 32}")));
    ProviderSpec acme = FixtureSpecs.acme();
    acme.identifiers().forEach(i -> shapes.add(i.shape()));
    acme.secrets().forEach(s -> shapes.add(s.shape()));
    return List.copyOf(shapes);
  }

  @Property(tries = 2000)
  void a_matching_value_and_a_text_holding_a_token_pass_the_prefilter(@ForAll @IntRange(min = 0, max = 100) int which, @ForAll long seed,
    @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
    Shape shape = SHAPES.get(which % SHAPES.size());
    Random random = new Random(seed);
    String value = ShapeSamples.candidate(shape, random);
    if (random.nextInt(4) == 0) {
      // one character changed: a look-alike, which may or may not match
      int at = random.nextInt(value.length());
      value = value.substring(0, at) + "aZ9_-.:/@ ".charAt(random.nextInt(10)) + value.substring(at + 1);
    }
    boolean matches = shape.matches(value);
    Statistics.collect(matches);
    boolean[] marked = new boolean[128];
    shape.markCharacters(marked);
    if (matches) {
      assertThat(passes(value, marked, shape.shortestToken())).as(value).isTrue();
      assertThat(PREFILTER.mayHoldCredential(value) || WordRuns.droppedAsWords(PREFILTER, value)).as(value).isTrue();
    }
    String text = before + value + after;
    for (Shape.Match match : shape.find(text)) {
      assertThat(shape.matches(match.text())).isTrue();
      assertThat(passes(text, marked, shape.shortestToken())).as(text).isTrue();
      assertThat(PREFILTER.mayHoldCredential(text) || WordRuns.droppedAsWords(PREFILTER, text)).as(text).isTrue();
    }
  }

  /** Detector's prefilter for one shape: a run of at least {@code min} marked characters. */
  private static boolean passes(String value, boolean[] marked, int min) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c < marked.length && marked[c] ? run + 1 : 0;
      if (run >= min) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> surroundings() {
    return Arbitraries.oneOf(Arbitraries.of("", " ", "\"", "key=", "Bearer ", "x", "\n", "é"), Arbitraries.strings().ofMaxLength(6));
  }
}
