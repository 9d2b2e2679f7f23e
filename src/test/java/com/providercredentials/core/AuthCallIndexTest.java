package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec.AuthCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link AuthCallIndex} may let through a spec whose calls a call does not fit, never leave out one that it fits:
 * checked with every client-side call of the catalog, written every way a front-end hands it over.
 */
class AuthCallIndexTest {

  private static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  private static final AuthCallIndex INDEX = new AuthCallIndex(SPECS);
  private static final CallMatcher MATCHER = new CallMatcher(SPECS);
  private static final SourceRange RANGE = SourceRange.of("file:///A.kt", 1, 0, 1, 10);

  @Test
  void every_spec_a_call_fits_is_a_candidate_in_the_specs_order() {
    int checked = 0;
    for (ProviderSpec spec : SPECS) {
      if (spec.clientSide() == null) {
        continue;
      }
      for (AuthCall authCall : spec.clientSide().calls()) {
        for (Call call : writings(authCall)) {
          List<ProviderSpec> candidates = INDEX.candidates(call);
          List<ProviderSpec> fitting = SPECS.stream().filter(s -> s.clientSide() != null
            && s.clientSide().calls().stream().anyMatch(c -> c.takes(call.arguments().size()) && MATCHER.fits(c, call))).toList();
          assertThat(candidates).as(call.toString()).containsAll(fitting);
          assertThat(candidates).as(call.toString()).isSortedAccordingTo((a, b) -> Integer.compare(SPECS.indexOf(a), SPECS.indexOf(b)));
          checked += fitting.isEmpty() ? 0 : 1;
        }
      }
    }
    // every writing of a spec's own call fits it, except header calls written without their header
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void a_call_of_another_type_or_header_has_no_candidate() {
    assertThat(INDEX.candidates(call(null, "HashMap", Call.CONSTRUCTOR))).isEmpty();
    assertThat(INDEX.candidates(call("java.util.HashMap", "HashMap", Call.CONSTRUCTOR))).isEmpty();
    assertThat(INDEX.candidates(call("okhttp3.Request.Builder", "Builder", "header", lit("Content-Type"), lit("application/json")))).isEmpty();
    assertThat(INDEX.candidates(call("okhttp3.Request.Builder", "Builder", "header", ref("name"), lit("application/json")))).isEmpty();
  }

  @Test
  void a_header_call_is_matched_against_the_specs_that_send_that_header() {
    List<ProviderSpec> candidates = INDEX.candidates(call("okhttp3.Request.Builder", "Builder", "addHeader", lit(" X-API-KEY "), ref("key")));
    assertThat(candidates).extracting(ProviderSpec::id).contains("anthropic").doesNotContain("github", "twilio");
  }

  /** The call written as front-ends hand it over: resolved, as written, on a chain from its type or an enclosing one. */
  private static List<Call> writings(AuthCall authCall) {
    List<Expr> arguments = new ArrayList<>();
    int count = 0;
    while (!authCall.takes(count) || count < Math.max(authCall.secret() + 1, authCall.header() == null ? 0 : 2)) {
      count++;
    }
    for (int i = 0; i < count; i++) {
      arguments.add(i == 0 && authCall.header() != null ? lit(" " + authCall.header().toUpperCase(Locale.ROOT) + " ") : ref("value" + i));
    }
    Expr[] args = arguments.toArray(Expr[]::new);
    String method = authCall.method();
    List<Call> calls = new ArrayList<>();
    if (CallMatcher.ANY_OWNER.equals(authCall.owner())) {
      calls.add(call(null, null, method, args));
      calls.add(call("com.example.Http", "Http", method, args));
      return calls;
    }
    String owner = authCall.owner();
    String written = CallMatcher.writtenOwner(owner);
    calls.add(call(owner, written, method, args));
    calls.add(call(null, written, method, args));
    calls.add(call(null, owner, method, args));
    for (int dot = owner.indexOf('.'); dot > 0; dot = owner.indexOf('.', dot + 1)) {
      calls.add(call(Call.chainedFrom(owner.substring(0, dot)), null, method, args));
    }
    calls.add(call(Call.chainedFrom(owner), null, method, args));
    for (int dot = written.indexOf('.'); dot > 0; dot = written.indexOf('.', dot + 1)) {
      calls.add(call(null, Call.chainedFrom(written.substring(0, dot)), method, args));
    }
    calls.add(call(null, Call.chainedFrom(written), method, args));
    return calls;
  }

  private static Call call(String owner, String ownerName, String method, Expr... arguments) {
    return new Call(owner, ownerName, method, List.of(arguments).stream().map(Call.Argument::of).toList(), RANGE);
  }

  private static Expr lit(String value) {
    return new Expr.Literal(value, RANGE);
  }

  private static Expr ref(String name) {
    return new Expr.Ref(List.of(name), name, RANGE);
  }
}
