package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.testing.Hostile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The core searches only values that may hold a credential ({@link CredentialPrefilter#mayHoldCredential}): a run of at
 * least the shortest shape's length in the characters of the shapes, their prefixes and Base64. That filter
 * must never drop a value in which the shapes or the pair decoder would find something.
 */
class CredentialPrefilterTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final CredentialPrefilter PREFILTER = new CredentialPrefilter(DETECTOR.specs());

  @Test
  void prose_and_short_values_are_not_searched() {
    assertThat(PREFILTER.mayHoldCredential("Payment failed, please try again")).isFalse();
    assertThat(PREFILTER.mayHoldCredential("")).isFalse();
    // a token's characters, but never as many in a row as the shortest shape needs
    String token = Hostile.hex(32);
    int shortOfOne = PREFILTER.minimumLength() - 1;
    assertThat(PREFILTER.mayHoldCredential(token.substring(0, shortOfOne) + " " + token.substring(32 - shortOfOne))).isFalse();
    assertThat(PREFILTER.mayHoldCredential(token.substring(0, PREFILTER.minimumLength() - 1))).isFalse();
  }

  @Test
  void credentials_inside_text_urls_and_encoded_pairs_are_searched() {
    String sid = Hostile.sid();
    String token = Hostile.hex(32);
    assertThat(PREFILTER.mayHoldCredential("Your account is " + sid + ", see the console")).isTrue();
    assertThat(PREFILTER.mayHoldCredential("https://api.twilio.com/2010-04-01/Accounts/" + sid + "/Messages.json")).isTrue();
    assertThat(PREFILTER.mayHoldCredential(token)).isTrue();
    assertThat(PREFILTER.mayHoldCredential(token.substring(0, PREFILTER.minimumLength()))).isTrue();
    String encoded = Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    assertThat(PREFILTER.mayHoldCredential("Basic " + encoded)).isTrue();
  }

  @Test
  void the_minimum_length_is_the_shortest_shape_with_its_prefix() {
    // Vonage's API secret, 16 alphanumerics: the shortest identifier or secret of the built-in specs (before it, AKIA and
    // 16 Base32 characters, 20)
    assertThat(PREFILTER.minimumLength()).isEqualTo(16);
    assertThat(DETECTOR.minimumLength()).isEqualTo(16);
    assertThat(DETECTOR.worthReporting("x".repeat(15) + "1")).isTrue();
    assertThat(DETECTOR.worthReporting("x".repeat(14) + "1")).isFalse();
    // Vonage's secret requires a digit: a run with none needs the length of the next shortest shape (AKIA + 16)
    assertThat(PREFILTER.plainMinimum()).isEqualTo(20);
    assertThat(DETECTOR.worthReporting("x".repeat(16))).isFalse();
    assertThat(DETECTOR.worthReporting("x".repeat(20))).isTrue();
    assertThat(PREFILTER.mayHoldCredential("MainActivityTestRuleX")).isTrue();
    assertThat(PREFILTER.mayHoldCredential("ActivityTestRule")).isFalse();
    assertThat(PREFILTER.mayHoldCredential("Activity2TestRule")).isTrue();
    // without specs, only encoded pairs could be found: any Base64 character is a run
    CredentialPrefilter none = new CredentialPrefilter(List.of());
    assertThat(none.minimumLength()).isEqualTo(1);
    assertThat(none.mayHoldCredential("=")).isTrue();
    assertThat(none.mayHoldCredential("_")).isTrue();
    assertThat(none.mayHoldCredential(" !?.")).isFalse();
  }

  @Test
  void a_run_without_a_digit_that_reads_as_words_is_not_searched() {
    // camel case, upper and lower snake case, kebab case, a path or a MIME type: the names code and resources write
    for (String words : List.of("MainActivityTestRule", "UnusedReceiverParameter", "onRootCreatedCallback", "OPT_IN_MARKER_ON_WRONG_TARGET",
      "external_payment_method_type", "lifecycle-runtime-compose", "application/octet-stream", "measureLayout/measureLayoutRelative",
      "verticalScrollPixels==")) {
      assertThat(PREFILTER.mayHoldCredential(words)).as(words).isFalse();
      assertThat(PREFILTER.mayHoldCredential("@Suppress(\"" + words + "\")")).as(words).isFalse();
      assertThat(DETECTOR.readsAsWords(words, 0, words.length())).as(words).isTrue();
    }
    // what words do not look like: one case throughout (one word), an acronym or a lone capital, a word of 17 letters,
    // random case; and any run with a digit
    for (String other : List.of("abcdefabcdefabcdefab", "ABCDEFABCDEFABCDEFAB", "XMLHttpRequestFactory", "KDocMissingDocumentation",
      "Extraordinarilylong_word", "sk_live_abcDEFghiJKLmnoPQR", "pZrTqWmVbNcXkLsJhGfDaQwE", "address_line1_checkValue")) {
      assertThat(PREFILTER.mayHoldCredential(other)).as(other).isTrue();
    }
    // a run that reads as words does not hide another run of the same value
    assertThat(PREFILTER.mayHoldCredential("UnusedReceiverParameter " + Hostile.hex(32))).isTrue();
  }

  @Test
  void random_runs_without_a_digit_seldom_read_as_words() {
    // the price of the rule (docs/adr/031): the random credentials it no longer searches, measured with a fixed seed
    Random random = new Random(31);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    int tries = 400_000;
    int[] lengths = {20, 24, 32};
    int[] ceilings = {200, 40, 4};
    for (int l = 0; l < lengths.length; l++) {
      int words = 0;
      char[] run = new char[lengths[l]];
      for (int t = 0; t < tries; t++) {
        for (int i = 0; i < run.length; i++) {
          run[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        String value = new String(run);
        if (!PREFILTER.mayHoldCredential(value)) {
          words++;
        }
      }
      // with this seed 101, 22 and 2 of 400,000: about 1 in 4,000 runs of 20 characters, 1 in 20,000 of 24, 1 in 200,000 of 32
      assertThat(words).as("of %d random runs of %d", tries, lengths[l]).isLessThanOrEqualTo(ceilings[l]);
    }
  }

  @Test
  void a_run_is_broken_by_any_other_character() {
    // one character short of the shortest shape
    String nineteen = "AKIA234567ABCDEFGHI".substring(0, PREFILTER.minimumLength() - 1);
    assertThat(PREFILTER.mayHoldCredential(nineteen + "J")).isTrue();
    // Base64 and its URL alphabet: + / = - _ go on a run
    assertThat(PREFILTER.mayHoldCredential(nineteen.substring(0, nineteen.length() - 4) + "+/=-_")).isTrue();
    // not ":" nor ".": literals of shapes (FCM's AAAA…:APA91b…, SendGrid's SG.<22>.<43>) go on a run too
    for (String breaker : List.of(" ", "!", ",", "é", "\u00e9", "\uFFFD", "\n")) {
      assertThat(PREFILTER.mayHoldCredential(nineteen + breaker + "J")).as(breaker).isFalse();
      assertThat(PREFILTER.mayHoldCredential(breaker + nineteen + "J" + breaker)).as(breaker).isTrue();
    }
  }

  @Test
  void a_resource_text_next_to_a_credential_does_not_change_what_is_found() {
    String file = "file:///project/app/src/main/res/values/strings.xml";
    String sid = Hostile.sid();
    String token = Hostile.hex(32);
    SourceUnit unit = new SourceUnit(file, "app", SourceUnit.Kind.RESOURCE)
      .add(Binding.named("welcome", new Expr.Literal("Welcome back, please sign in", SourceRange.of(file, 2, 27, 2, 55))))
      .add(Binding.named("twilio_account_sid", new Expr.Literal(sid, SourceRange.of(file, 3, 38, 3, 72))))
      .add(Binding.named("twilio_auth_token", new Expr.Literal(token, SourceRange.of(file, 4, 37, 4, 69))));
    Detector.Result result = DETECTOR.detect(List.of(unit));
    assertThat(result.findings()).extracting(f -> f.location().startLine()).containsExactly(4);
    assertThat(result.identifiers()).extracting(i -> i.location().startLine()).containsExactly(3);
  }

  @Property(tries = 1000)
  void a_value_that_is_not_searched_holds_nothing_the_shapes_or_the_pair_decoder_find(@ForAll("values") String value) {
    boolean searched = PREFILTER.mayHoldCredential(value);
    Statistics.collect(searched);
    // the filter is exercised both ways, or this property would prove nothing
    Statistics.coverage(coverage -> {
      coverage.check(false).percentage(p -> p > 20);
      coverage.check(true).percentage(p -> p > 20);
    });
    if (!searched && !WordRuns.droppedAsWords(PREFILTER, value)) {
      assertThat(findsSomething(value)).as("found in a value the filter drops").isFalse();
    }
  }

  /** What the core's searches would find, without the filter: any identifier, a whole secret, a decoded pair. */
  private static boolean findsSomething(String value) {
    for (ProviderSpec spec : DETECTOR.specs()) {
      for (ProviderSpec.IdentifierKind kind : spec.identifiers()) {
        if (!kind.shape().find(value).isEmpty()) {
          return true;
        }
        for (PairDecoder.Pair pair : PairDecoder.decode(value)) {
          if (kind.shape().matches(pair.identifier())) {
            return true;
          }
        }
      }
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        if (kind.shape().matches(value.strip())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Credentials and near-credentials cut and joined by separators, and the hostile mix. */
  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> piece = Arbitraries.oneOf(
      Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(40),
      Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").ofMinLength(1).ofMaxLength(24),
      Arbitraries.strings().withChars("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/=-_").ofMinLength(1).ofMaxLength(30),
      Arbitraries.of("AC", "SK", "AKIA", "ASIA", "Basic ", ":", "@", "https://"),
      // whole shapes, the shortest ones included: the filter's length must be the shortest shape's
      Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").ofLength(16).map(body -> "AKIA" + body),
      Arbitraries.strings().withChars("0123456789abcdef").ofLength(32).map(body -> "AC" + body),
      Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3));
    Arbitrary<String> separator = Arbitraries.of(" ", "\n", ".", ",", "é", "\uFFFD", "%", "\"", "");
    Arbitrary<String> cut = piece.list().ofMinSize(1).ofMaxSize(6).flatMap(parts -> separator.list().ofSize(parts.size()).map(seps -> {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        out.append(parts.get(i)).append(seps.get(i));
      }
      return out.toString();
    }));
    Arbitrary<String> encoded = cut.map(text -> Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    return Arbitraries.frequencyOf(Tuple.of(6, cut), Tuple.of(2, encoded), Tuple.of(2, Hostile.mix()));
  }

  @Test
  void a_url_whose_secret_is_a_part_is_searched_whole_inside_a_text() {
    CredentialPrefilter prefilter = new CredentialPrefilter(List.of(UrlSpecs.HOOKLY));
    // the shortest webhook is the whole URL, its literals included; the shortest credential is the team ID
    assertThat(UrlSpecs.HOOKLY.secret("webhook").orElseThrow().shape().shortestToken())
      .isEqualTo("https://hooks.hookly.test/services/T".length() + 8 + 2 + 8 + 1 + 24);
    assertThat(prefilter.minimumLength()).isEqualTo(8);
    // a URL holds its runs: its secret (24) and its ids (8 to 12), whatever surrounds it
    assertThat(prefilter.mayHoldCredential("Alerts go to " + UrlSpecs.WEBHOOK + " (ops)")).isTrue();
    // its literals' characters (":", ".") do not make a run: a short URL holds none
    assertThat(prefilter.mayHoldCredential("https:/" + "/h.t/s")).isFalse();
    assertThat(prefilter.mayHoldCredential("Alerts go to the ops channel")).isFalse();
  }
}
