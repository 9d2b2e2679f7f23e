package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec.Example;
import com.providercredentials.core.ProviderSpec.Given;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import com.providercredentials.testing.Hostile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ShapeIndex} answers which shapes a value may hold: it may let through a shape that does not match, never rule
 * out one that does (docs/adr/021). Checked on every value of every spec's examples, whole and inside texts.
 */
class ShapeIndexTest {

  private static final List<ProviderSpec> SPECS = SpecLoader.builtInWithExamples();
  private static final ShapeIndex INDEX = new ShapeIndex(SPECS);
  private static final List<String> VALUES = exampleValues();

  @Test
  void a_value_of_no_shape_may_hold_none() {
    assertThat(shapes("Payment failed, please try again").none()).isTrue();
    assertThat(shapes("com.example.feature.main_activity_test_rule").none()).isTrue();
  }

  @Test
  void a_prefix_lets_through_only_the_shapes_it_starts() {
    SecretKind stripeSecret = secret("stripe", "secret-key");
    SecretKind sendGrid = secret("sendgrid", "api-key");
    ShapeIndex.Shapes shapes = shapes("key: sk_live_" + "x".repeat(30));
    assertThat(shapes.may(stripeSecret.shape())).isTrue();
    assertThat(shapes.may(sendGrid.shape())).isFalse();
  }

  @Test
  void a_bare_shape_needs_a_whole_value_of_its_length_and_alphabet() {
    SecretKind twilioToken = secret("twilio", "auth-token");
    assertThat(shapes(Hostile.hex(32)).may(twilioToken.shape())).isTrue();
    assertThat(shapes("  " + Hostile.hex(32) + "\n").may(twilioToken.shape())).isTrue();
    assertThat(shapes(Hostile.hex(31)).may(twilioToken.shape())).isFalse();
    assertThat(shapes(Hostile.hex(31) + "g").may(twilioToken.shape())).isFalse();
    // the credential after an authorization scheme is a whole value too
    assertThat(shapes("Bearer " + Hostile.hex(32)).may(twilioToken.shape())).isTrue();
  }

  @Test
  void a_one_character_lead_needs_room_for_the_shortest_token_after_it() {
    // PayPal's client secret: E + 79 characters of base64url
    SecretKind payPal = secret("paypal", "client-secret");
    assertThat(shapes("SSL_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA").may(payPal.shape())).isFalse();
    assertThat(shapes("x E" + "a".repeat(79)).may(payPal.shape())).isTrue();
    assertThat(shapes("x E" + "a".repeat(78)).may(payPal.shape())).isFalse();
  }

  @Test
  void a_lead_needs_every_later_literal_of_its_shape_after_it() {
    IdentifierKind projectUrl = identifier("supabase", "project-url");
    String ref = "abcdefghijklmnopqrst";
    assertThat(shapes("https://" + ref + ".supabase.co").may(projectUrl.shape())).isTrue();
    assertThat(shapes("https://" + ref + ".example.com/" + ref).may(projectUrl.shape())).isFalse();
    // the literal must come after the lead, not before it
    assertThat(shapes(".supabase.co https://" + ref + ref).may(projectUrl.shape())).isFalse();
  }

  @Test
  void a_value_of_many_leads_without_their_later_literals_is_read_in_linear_time() {
    // each https:// may start a Supabase project URL, an Azure endpoint or a Pusher URL: their later literals are
    // looked for once per value, not once per lead
    for (String fragment : List.of("https://", "http://x:", "E")) {
      Hostile.assertLinear(n -> {
        String value = fragment.repeat(n);
        return () -> INDEX.of(value, null);
      }, 4_000);
    }
  }

  @Test
  void a_whole_shape_needs_its_literals_and_the_characters_its_runs_require() {
    // Mailchimp's marketing key: 32 lower hex, -us, a data center
    SecretKind marketing = secret("mailchimp", "marketing-api-key");
    assertThat(shapes(Hostile.hex(32).toLowerCase(java.util.Locale.ROOT) + "-us21").may(marketing.shape())).isTrue();
    assertThat(shapes(Hostile.hex(32).toLowerCase(java.util.Locale.ROOT) + "-eu21").may(marketing.shape())).isFalse();
    // Sinch's application secret: 22 base64 with an upper and a lower case letter, then ==
    SecretKind sinch = secret("sinch", "application-secret");
    assertThat(shapes("abcdefghijKLMNOPqrstuv==").may(sinch.shape())).isTrue();
    assertThat(shapes("abcdefghijklmnopqrstuv==").may(sinch.shape())).isFalse();
  }

  @Test
  void every_example_value_keeps_every_shape_it_matches() {
    assertThat(VALUES).hasSizeGreaterThan(100);
    for (String value : VALUES) {
      assertKeepsMatches(value);
    }
  }

  @Test
  void a_value_has_a_credential_shape_as_the_specs_say_whatever_the_index_lets_through() {
    Detector detector = new Detector(SPECS);
    for (String value : VALUES) {
      boolean whole = SPECS.stream().anyMatch(spec -> spec.identifiers().stream().anyMatch(kind -> kind.shape().matches(value))
        || spec.secrets().stream().anyMatch(kind -> kind.shape().matches(value)));
      assertThat(detector.hasCredentialShape(value)).as(value).isEqualTo(whole);
    }
    assertThat(VALUES.stream().filter(detector::hasCredentialShape).count()).isGreaterThan(100);
  }

  @Property(tries = 500)
  void an_example_value_inside_a_text_keeps_every_shape_it_matches(@ForAll("texts") String text) {
    assertKeepsMatches(text);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> around = Arbitraries.of("", " ", "Bearer ", "key=", "https://example.com/?t=", "\"", "a", "x:", "\n", "Basic ");
    return net.jqwik.api.Combinators.combine(around, Arbitraries.of(VALUES), around).as((a, v, b) -> a + v + b);
  }

  private static void assertKeepsMatches(String value) {
    String stripped = value.strip();
    ShapeIndex.Shapes shapes = shapes(value);
    for (ProviderSpec spec : SPECS) {
      for (IdentifierKind kind : spec.identifiers()) {
        boolean found = !kind.shape().find(value).isEmpty() || kind.shape().matches(stripped);
        assertThat(!found || shapes.may(kind.shape())).as(spec.id() + " " + kind.kind() + " in " + value).isTrue();
      }
      for (SecretKind kind : spec.secrets()) {
        boolean found = !SecretTokens.in(kind.shape(), stripped, Candidate.MAX_SECRET_LENGTH, SymbolTable.MAX_SEARCHED_LENGTH).isEmpty();
        assertThat(!found || shapes.may(kind.shape())).as(spec.id() + " " + kind.kind() + " in " + value).isTrue();
      }
    }
  }

  private static ShapeIndex.Shapes shapes(String value) {
    return INDEX.of(value, AuthSchemes.credential(value.strip()));
  }

  private static SecretKind secret(String spec, String kind) {
    return SPECS.stream().filter(s -> s.id().equals(spec)).flatMap(s -> s.secrets().stream()).filter(k -> k.kind().equals(kind))
      .findFirst().orElseThrow();
  }

  private static IdentifierKind identifier(String spec, String kind) {
    return SPECS.stream().filter(s -> s.id().equals(spec)).flatMap(s -> s.identifiers().stream()).filter(k -> k.kind().equals(kind))
      .findFirst().orElseThrow();
  }

  private static List<String> exampleValues() {
    List<String> values = new ArrayList<>();
    for (ProviderSpec spec : SPECS) {
      for (Example example : spec.examples()) {
        for (Given given : example.given()) {
          Stream.concat(Stream.ofNullable(given.value()), given.args().stream()).filter(v -> !v.startsWith("$")).forEach(values::add);
        }
        example.expect().forEach(e -> values.add(e.value()));
      }
    }
    return values;
  }
}
