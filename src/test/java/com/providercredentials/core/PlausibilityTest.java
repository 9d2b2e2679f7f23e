package com.providercredentials.core;

import static com.providercredentials.core.ShapeGrammarTest.shape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Placeholders and repetition, judged on a simple shape's body and on a composite shape's random runs. */
class PlausibilityTest {

  private static final Plausibility PLAUSIBILITY = new Plausibility(Vocabulary.builtIn());

  @Test
  void simple_shapes_are_judged_on_their_body() {
    Shape token = shape("{alphabet: hex, length: 32}");
    assertThat(PLAUSIBILITY.plausible("5f9a90f915f481177929e3b9df501a84", token, Set.of())).isTrue();
    assertThat(PLAUSIBILITY.plausible("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", token, Set.of())).isFalse();
    assertThat(PLAUSIBILITY.plausible("0123456789abcdef0123456789abcdef", token, Set.of())).isFalse();
    assertThat(PLAUSIBILITY.plausible("5f9a90f915f481177929e3b9df501a84", token, Set.of("5f9a90f915f481177929e3b9df501a84"))).isFalse();
  }

  @Test
  void composite_shapes_are_judged_on_their_random_runs_not_their_literals() {
    // "sample" in a literal says nothing; in a random run it is a placeholder
    Shape stripe = shape("{parts: [sk_sample_, {name: secret, alphabet: alnum, length: 24}]}");
    assertThat(PLAUSIBILITY.plausible("sk_sample_Xq7LmN2pR8sT4vW9yB3cD6fG", stripe, Set.of())).isTrue();
    assertThat(PLAUSIBILITY.plausible("sk_sample_YOURSAMPLEKEYabcdXq7LmN2p", stripe, Set.of())).isFalse();
    assertThat(PLAUSIBILITY.plausible("sk_sample_xxxxxxxxxxxxxxxxxxxxxxxx", stripe, Set.of())).isFalse();
    // each run against its own alphabet; runs marked random: false are not judged
    Shape mailchimp = shape("{parts: [{alphabet: lower-hex, length: 32}, -us, {alphabet: digits, length: [1, 2], random: false}]}");
    assertThat(PLAUSIBILITY.plausible("5f9a90f915f481177929e3b9df501a84-us11", mailchimp, Set.of())).isTrue();
    assertThat(PLAUSIBILITY.plausible("00000000000000000000000000000000-us12", mailchimp, Set.of())).isFalse();
    Shape slack = shape("{parts: [xoxb-, {alphabet: digits, length: [10, 13], random: false}, '-', {alphabet: alnum, length: 24}]}");
    assertThat(PLAUSIBILITY.plausible("xoxb-1111111111-Xq7LmN2pR8sT4vW9yB3cD6fG", slack, Set.of())).isTrue();
    assertThat(PLAUSIBILITY.plausible("xoxb-1111111111-abcdefghijklmnopqrstuvwx", slack, Set.of())).isFalse();
  }
}
