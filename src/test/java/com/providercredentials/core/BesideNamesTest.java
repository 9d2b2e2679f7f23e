package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pair by position (docs/adr/017): beside its identifier, a secret held by a name pairs whatever the name says. */
class BesideNamesTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String SID = "AC3f9e1d7c5b2a4e6f8d0c1b3a5e7f9d2c";
  private static final String TOKEN = "7c2e9a4f1b6d3e8a0c5f2b7d4e9a1c6f";

  private static List<Finding> detect(String secretName, int secretLine, boolean returned) {
    SourceUnit unit = new SourceUnit("f.java", "m", SourceUnit.Kind.CODE);
    unit.add(new Binding(List.of("f.SID"), List.of("CALLS_SID"), List.of(), new Expr.Literal(SID, SourceRange.of("f.java", 5, 10, 5, 46))));
    unit.add(new Binding(List.of(), List.of(secretName), List.of(), new Expr.Literal(TOKEN, SourceRange.of("f.java", secretLine, 60, secretLine, 94)),
      null, returned));
    return DETECTOR.detect(List.of(unit)).findings();
  }

  @Test
  void the_line_before_after_or_the_same_whatever_the_names() {
    for (int line : new int[] {4, 5, 6}) {
      assertThat(detect("OUTBOUND_KEY", line, false)).extracting(Finding::evidence).containsExactly(Finding.Evidence.PAIR);
    }
    assertThat(detect("outboundPassphrase", 6, false)).hasSize(1);
  }

  @Test
  void not_two_lines_apart() {
    assertThat(detect("OUTBOUND_KEY", 7, false)).isEmpty();
    assertThat(detect("OUTBOUND_KEY", 3, false)).isEmpty();
    // neutral and abbreviated names pair at any distance in the file, as before
    assertThat(detect("AUTH_TKN", 40, false)).hasSize(1);
  }

  @Test
  void another_provider_a_service_or_a_digest_vetoes() {
    assertThat(detect("MIXPANEL_TOKEN", 6, false)).isEmpty();
    assertThat(detect("AWS_SIGNING_KEY", 6, false)).isEmpty();
    assertThat(detect("EXPECTED_MD5", 6, false)).isEmpty();
    assertThat(detect("OUTBOUND_HASH", 6, false)).isEmpty();
  }

  @Test
  void a_function_that_returns_the_value_does_not_hold_it() {
    assertThat(detect("value2", 6, true)).isEmpty();
    assertThat(detect("value2", 6, false)).hasSize(1);
  }
}
