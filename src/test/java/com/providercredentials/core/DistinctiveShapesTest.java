package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.PLAUSIBILITY;
import static com.providercredentials.core.CoreFixture.VOCABULARY;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Finding.Evidence;
import java.util.List;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/** A distinctive shape (its leading literal is the provider's own) is evidence on its own; an ordinary one never is. */
class DistinctiveShapesTest {

  private static final String SPEC = """
    id: zeta
    name: Zeta
    rule: ZetaCredentials
    words: [zeta]
    identifiers:
      - {kind: key-id, label: key id, shape: {prefixes: [zid_], alphabet: alnum, length: 16}}
    secrets:
      - kind: secret-key
        label: secret key
        distinctive: true
        shape: {prefixes: [zsk_live_], alphabet: alnum, length: 24}
        message: "Revoke this Zeta secret key ({masked})."
      - kind: bare-secret
        label: bare secret
        shape: {alphabet: alnum, length: 24, require: [upper, lower, digit]}
        pairs-with: [key-id]
        message: "Revoke this Zeta secret ({masked})."
    calls:
      - {owner: com.zeta.Zeta, method: init, parameters: [keyId], roles: [key-id]}
    """;
  private static final ProviderSpec ZETA = SpecLoader.parse("zeta.yaml", SPEC);
  private static final String FILE = "Main.java";
  private static final String KEY = "zsk_live_" + "Xq3Lm8Rt2Vw7Np4Kb9Hd6Jf1";
  private static final String BARE = "Xq3Lm8Rt2Vw7Np4Kb9Hd6Jf1";

  @Test
  void a_distinctive_value_is_a_credential_with_no_name_no_call_and_no_pair() {
    Candidate loose = secretAt(code(FILE).add(Binding.literal(literal(FILE, 1, KEY))), 1);
    assertThat(loose.evidence()).isEqualTo(Evidence.SHAPE);
    assertThat(loose.secret()).isEqualTo(KEY);
    assertThat(secretAt(code(FILE).add(constant("VALUE", literal(FILE, 1, KEY))), 1).evidence()).isEqualTo(Evidence.SHAPE);
  }

  @Test
  void a_distinctive_value_under_a_hash_name_is_still_one() {
    assertThat(secretAt(code(FILE).add(constant("KEY_SHA256", literal(FILE, 1, KEY))), 1).evidence()).isEqualTo(Evidence.SHAPE);
  }

  @Test
  void a_call_that_takes_it_as_an_identifier_silences_it() {
    SourceUnit unit = code(FILE).add(constant("K", literal(FILE, 1, KEY))).add(call("com.zeta.Zeta", "init", FILE, 3, ref(FILE, 3, "K")));
    assertThat(secretAt(unit, 1)).isNull();
  }

  @Test
  void an_ordinary_shape_is_never_enough_on_its_own() {
    assertThat(secretAt(code(FILE).add(constant("VALUE", literal(FILE, 1, BARE))), 1)).isNull();
    assertThat(secretAt(code(FILE).add(Binding.literal(literal(FILE, 1, BARE))), 1)).isNull();
  }

  @Test
  void placeholders_of_a_distinctive_shape_stay_silent() {
    assertThat(secretAt(code(FILE).add(Binding.literal(literal(FILE, 1, "zsk_live_" + "x".repeat(24)))), 1)).isNull();
  }

  @Test
  void a_distinctive_shape_needs_a_leading_literal_of_three_characters() {
    String unprefixed = SPEC.replace("shape: {prefixes: [zsk_live_], alphabet: alnum, length: 24}", "shape: {alphabet: alnum, length: 24}");
    assertThatThrownBy(() -> SpecLoader.parse("zeta.yaml", unprefixed)).hasMessageContaining("distinctive");
    String shortPrefix = SPEC.replace("prefixes: [zsk_live_]", "prefixes: [z_]");
    assertThatThrownBy(() -> SpecLoader.parse("zeta.yaml", shortPrefix)).hasMessageContaining("at least 3 characters");
  }

  @Test
  void a_concatenation_that_joins_a_reported_constant_is_not_reported_again() {
    SourceUnit unit = code(FILE).add(constant("K", literal(FILE, 1, KEY)))
      .add(new Binding(List.of("HEADER"), List.of("HEADER"), List.of(),
        new Expr.Concat(List.of(literal(FILE, 3, "key="), ref(FILE, 3, "K")), SourceRange.of(FILE, 3, 10, 3, 30))));
    List<Finding> findings = new Detector(List.of(ZETA)).detect(List.of(unit)).findings();
    assertThat(findings).extracting(f -> f.location().startLine()).containsExactly(1);
    // a concatenation of literals only is the one place the secret is written: it is reported there
    SourceUnit inline = code(FILE).add(new Binding(List.of("HEADER"), List.of("HEADER"), List.of(),
      new Expr.Concat(List.of(literal(FILE, 3, "key="), new Expr.Literal(KEY, SourceRange.of(FILE, 4, 2, 4, 40))), SourceRange.of(FILE, 3, 10, 4, 40))));
    assertThat(new Detector(List.of(ZETA)).detect(List.of(inline)).findings()).hasSize(1);
  }

  @Nullable
  private static Candidate secretAt(SourceUnit unit, int line) {
    Stages stages = stages(List.of(ZETA), List.of(unit));
    Occurrence occurrence = stages.occurrences().stream().filter(o -> o.range.startLine() == line).findFirst().orElseThrow();
    return new EvidenceRules(VOCABULARY, PLAUSIBILITY, new CallMatcher(List.of(ZETA)), stages.identifiers()).secret(ZETA, occurrence);
  }
}
