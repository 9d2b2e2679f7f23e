package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.providercredentials.testing.Hostile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The detection core on hostile values: no exception, no catastrophic backtracking (a 1 MB value is handled
 * within a generous guard; the shapes are matched without regular expressions), and a secret never shows
 * in what the core says about it.
 */
class HostileCoreInputTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String FILE = "file:///project/app/src/main/Hostile.java";

  @Property(tries = 300)
  void shapes_search_any_text_and_find_only_what_matches(@ForAll("any") String text) {
    assertTimeoutPreemptively(Hostile.GUARD, () -> {
      for (ProviderSpec spec : DETECTOR.specs()) {
        for (ProviderSpec.IdentifierKind kind : spec.identifiers()) {
          for (Shape.Match match : kind.shape().find(text)) {
            assertThat(kind.shape().matches(match.text())).isTrue();
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.text());
          }
        }
        for (ProviderSpec.SecretKind kind : spec.secrets()) {
          kind.shape().matches(text);
        }
      }
    });
  }

  @Property(tries = 300)
  void pairs_decode_from_any_text(@ForAll("any") String text) {
    assertTimeoutPreemptively(Hostile.GUARD, () -> {
      for (PairDecoder.Pair pair : PairDecoder.decode(text)) {
        assertThat(pair.identifier()).isNotEmpty();
        assertThat(pair.secret()).isNotEmpty();
        if (!pair.encoded()) {
          assertThat(text).contains(pair.identifier() + ":" + pair.secret());
        }
      }
    });
  }

  @Property(tries = 300)
  void source_text_maps_every_offset_to_a_range_and_back(@ForAll("any") String text) {
    assertTimeoutPreemptively(Hostile.GUARD, () -> {
      SourceText source = new SourceText(FILE, text);
      int step = Math.max(1, text.length() / 50);
      for (int offset = 0; offset <= text.length(); offset += step) {
        SourceRange range = source.range(offset, text.length());
        assertThat(source.offset(range.startLine(), range.startColumn())).isEqualTo(offset);
        assertThat(source.offset(range.endLine(), range.endColumn())).isEqualTo(text.length());
        source.trim(range);
      }
    });
  }

  @Property(tries = 200)
  void the_detector_takes_any_value_under_any_name(@ForAll("any") String value, @ForAll("any") String name) {
    SourceUnit unit = new SourceUnit(FILE, "app", SourceUnit.Kind.CODE);
    SourceRange range = SourceRange.of(FILE, 1, 0, 1, 1);
    unit.add(new Binding(List.of("Keys.TOKEN"), List.of(name.length() > 200 ? name.substring(0, 200) : name, "twilioAuthToken"), List.of(), new Expr.Literal(value, range)));
    unit.add(new Call("com.twilio.Twilio", "Twilio", "init", List.of(Call.Argument.of(new Expr.Literal(value, SourceRange.of(FILE, 2, 0, 2, 1))),
      Call.Argument.of(new Expr.Ref(List.of("Keys.TOKEN"), "TOKEN", SourceRange.of(FILE, 2, 2, 2, 3)))), SourceRange.of(FILE, 2, 0, 2, 1)));
    Detector.Result result = assertTimeoutPreemptively(Hostile.GUARD, () -> DETECTOR.detect(List.of(unit)));
    for (Finding finding : result.findings()) {
      assertNoSecretIn(finding.message(), value);
      finding.secondaries().forEach(s -> assertNoSecretIn(s.message(), value));
    }
  }

  @Test
  void a_concatenation_of_ten_thousand_literals_resolves_and_is_searched() {
    String sid = Hostile.sid();
    String token = Hostile.hex(32);
    String joined = sid + ":" + token;
    List<Expr> parts = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      // the pair hides in the middle of ten thousand one-character literals
      String part = i == 5_000 ? joined : "-";
      parts.add(new Expr.Literal(part, SourceRange.of(FILE, i + 1, 0, i + 1, part.length() + 2)));
    }
    SourceUnit unit = new SourceUnit(FILE, "app", SourceUnit.Kind.CODE)
      .add(Binding.named("credentials", new Expr.Concat(parts, SourceRange.of(FILE, 1, 0, 10_000, 3))));
    Detector.Result result = assertTimeoutPreemptively(Hostile.GUARD, () -> DETECTOR.detect(List.of(unit)));
    assertThat(result.identifiers()).extracting(Detector.IdentifierFound::masked).containsExactly("AC…" + sid.substring(30));
  }

  @Test
  void a_chain_of_references_longer_than_the_resolution_depth_stays_silent_and_cyclic_references_end() {
    SourceUnit unit = new SourceUnit(FILE, "app", SourceUnit.Kind.CODE);
    for (int i = 0; i < 10_000; i++) {
      SourceRange range = SourceRange.of(FILE, i + 1, 0, i + 1, 5);
      unit.add(new Binding(List.of("K" + i), List.of("twilioAuthToken" + i), List.of(), new Expr.Ref(List.of("K" + (i + 1) % 10_000), "K", range)));
    }
    assertThat(assertTimeoutPreemptively(Hostile.GUARD, () -> DETECTOR.detect(List.of(unit))).findings()).isEmpty();
  }

  @Test
  void many_identifiers_and_many_secrets_in_one_file_are_paired_without_trying_every_pair() {
    SourceUnit unit = unitWithPairs(20_000);
    Detector.Result result = assertTimeoutPreemptively(Hostile.GUARD, () -> DETECTOR.detect(List.of(unit)));
    // the few random values that look implausible (a run of one character...) are left out by the core
    assertThat(result.identifiers()).hasSizeGreaterThan(19_800);
    assertThat(result.findings()).hasSizeGreaterThan(19_600);
    assertThat(result.findings()).filteredOn(f -> Math.abs(f.secondaries().get(0).location().startLine() - f.location().startLine()) > 2).isEmpty();
    Hostile.assertLinear(n -> {
      SourceUnit units = unitWithPairs(n);
      return () -> DETECTOR.detect(List.of(units));
    }, 5_000);
  }

  /** A resource file with an Account SID and a 32-hex value with a neutral name on each line. */
  private static SourceUnit unitWithPairs(int count) {
    SourceUnit unit = new SourceUnit(FILE, "app", SourceUnit.Kind.RESOURCE);
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < count; i++) {
      unit.add(Binding.named("account_sid_" + i, new Expr.Literal("AC" + Hostile.hex(random, 32), SourceRange.of(FILE, i + 1, 0, i + 1, 34))));
      unit.add(Binding.named("value_" + i, new Expr.Literal(Hostile.hex(random, 32), SourceRange.of(FILE, i + 1, 40, i + 1, 72))));
    }
    return unit;
  }

  static void assertNoSecretIn(String message, String value) {
    String secret = value.strip();
    if (secret.length() >= 16) {
      assertThat(message).doesNotContain(secret);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> any() {
    return Hostile.any();
  }
}
