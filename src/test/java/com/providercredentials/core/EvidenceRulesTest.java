package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.MATCHER;
import static com.providercredentials.core.CoreFixture.PLAUSIBILITY;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.TWILIO;
import static com.providercredentials.core.CoreFixture.VOCABULARY;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

  private static final String MAIN = "Main.java";
  private static final SecretKind AUTH_TOKEN = TWILIO.secret("auth-token").orElseThrow();

  @Test
  void a_provider_call_that_takes_the_value_as_a_secret_is_evidence() {
    SourceUnit unit = code(MAIN).add(call("com.twilio.Twilio", "init", MAIN, 3, literal(MAIN, 3, 10, SID), literal(MAIN, 3, 60, TOKEN)));
    Candidate candidate = secretAt(unit, 3, 60);
    assertThat(candidate.evidence()).isEqualTo(Evidence.CALL);
    assertThat(candidate.secret()).isEqualTo(TOKEN);
    assertThat(candidate.kind()).isSameAs(AUTH_TOKEN);
    assertThat(candidate.pair().value()).isEqualTo(SID);
  }

  @Test
  void a_call_that_takes_it_by_its_kind_s_name_is_evidence_even_under_a_name_that_vetoes() {
    SourceUnit unit = code(MAIN)
      .add(constant("TOKEN_HASH", literal(MAIN, 1, TOKEN)))
      .add(call("com.twilio.sdk.TwilioRestClient", "<init>", MAIN, 3, literal(MAIN, 3, 10, SID), ref(MAIN, 3, "TOKEN_HASH")));
    assertThat(secretAt(unit, 1, 10).evidence()).isEqualTo(Evidence.CALL);
  }

  @Test
  void a_call_that_takes_it_as_something_else_silences_the_names() {
    SourceUnit named = code(MAIN).add(constant("TWILIO_AUTH_TOKEN", literal(MAIN, 1, TOKEN)));
    assertThat(secretAt(named, 1, 10).evidence()).isEqualTo(Evidence.NAME);
    SourceUnit passedAsIdentifier = code(MAIN).add(constant("TWILIO_AUTH_TOKEN", literal(MAIN, 1, TOKEN)))
      .add(call("com.twilio.Twilio", "init", MAIN, 3, ref(MAIN, 3, "TWILIO_AUTH_TOKEN"), literal(MAIN, 3, 60, "x".repeat(20))));
    assertThat(secretAt(passedAsIdentifier, 1, 10)).isNull();
  }

  @Test
  void names_say_it_with_a_word_of_their_own_the_provider_s_words_may_come_from_what_encloses_it() {
    assertThat(secretNamed(List.of("TWILIO_TOKEN"), List.of()).evidence()).isEqualTo(Evidence.NAME);
    assertThat(secretNamed(List.of("TOKEN"), List.of("TwilioConfig")).evidence()).isEqualTo(Evidence.NAME);
    assertThat(secretNamed(List.of("TOKEN"), List.of())).isNull();
    assertThat(secretNamed(List.of("TWILIO"), List.of())).isNull();
    assertThat(secretNamed(List.of("TWILIO_TOKEN_SHA256"), List.of())).isNull();

    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("twilio", "token"), Set.of())).isTrue();
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("token"), Set.of("twilio"))).isTrue();
    // the provider's word alone, even twice over, says nothing of which credential
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("twilio"), Set.of("twilio"))).isFalse();
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("auth", "token"), Set.of())).isFalse();
  }

  @Test
  void beside_its_identifier_a_secret_under_neutral_names_is_one() {
    SourceUnit unit = code(MAIN).add(constant("ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("AUTH_TOKEN", literal(MAIN, 2, TOKEN)));
    Candidate candidate = secretAt(unit, 2, 10);
    assertThat(candidate.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(candidate.pair().value()).isEqualTo(SID);
    // another provider's name, or no name and no call at all: silent
    SourceUnit mixpanel = code(MAIN).add(constant("ACCOUNT_SID", literal(MAIN, 1, SID))).add(Binding.named("MIXPANEL_TOKEN", literal(MAIN, 2, TOKEN)));
    assertThat(secretAt(mixpanel, 2, 10)).isNull();
    SourceUnit bare = code(MAIN).add(constant("ACCOUNT_SID", literal(MAIN, 1, SID))).add(Binding.literal(literal(MAIN, 2, TOKEN)));
    assertThat(secretAt(bare, 2, 10)).isNull();
    // no identifier beside it
    assertThat(secretAt(code(MAIN).add(constant("AUTH_TOKEN", literal(MAIN, 2, TOKEN))), 2, 10)).isNull();
  }

  @Test
  void another_service_s_basic_credentials_are_not_paired_with_the_provider_s_identifier() {
    SourceUnit unit = code(MAIN).add(constant("ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("AUTH_TOKEN", literal(MAIN, 2, TOKEN)))
      .add(call("okhttp3.Credentials", "basic", MAIN, 3, literal(MAIN, 3, 10, "mixpanel-user"), ref(MAIN, 3, "AUTH_TOKEN")));
    assertThat(secretAt(unit, 2, 10)).isNull();
    // with the provider's identifier, the helper is the provider's call
    SourceUnit twilio = code(MAIN).add(constant("ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("AUTH_TOKEN", literal(MAIN, 2, TOKEN)))
      .add(call("okhttp3.Credentials", "basic", MAIN, 3, ref(MAIN, 3, "ACCOUNT_SID"), ref(MAIN, 3, "AUTH_TOKEN")));
    assertThat(secretAt(twilio, 2, 10).evidence()).isEqualTo(Evidence.CALL);
  }

  @Test
  void a_value_passed_to_hashing_is_vetoed() {
    SourceUnit md5 = code(MAIN).add(constant("TWILIO_TOKEN", literal(MAIN, 1, TOKEN)))
      .add(call("org.apache.commons.codec.digest.DigestUtils", "md5Hex", MAIN, 3, ref(MAIN, 3, "TWILIO_TOKEN")));
    Stages stages = stages(List.of(md5));
    assertThat(rules(stages).passedToHashing(stages.at(MAIN, 1))).isTrue();
    assertThat(secretAt(md5, 1, 10)).isNull();
    SourceUnit beside = code(MAIN).add(constant("TWILIO_TOKEN", literal(MAIN, 1, TOKEN)))
      .add(call(null, "assertEquals", MAIN, 3, ref(MAIN, 3, "TWILIO_TOKEN"), new Expr.Opaque(Expr.Origin.OTHER, "md5(body)", at(MAIN, 4))));
    Stages besideStages = stages(List.of(beside));
    assertThat(rules(besideStages).passedToHashing(besideStages.at(MAIN, 1))).isTrue();
    SourceUnit logged = code(MAIN).add(constant("TWILIO_TOKEN", literal(MAIN, 1, TOKEN)))
      .add(call("org.slf4j.Logger", "debug", MAIN, 3, ref(MAIN, 3, "TWILIO_TOKEN")));
    Stages loggedStages = stages(List.of(logged));
    assertThat(rules(loggedStages).passedToHashing(loggedStages.at(MAIN, 1))).isFalse();
    assertThat(secretAt(logged, 1, 10).evidence()).isEqualTo(Evidence.NAME);
  }

  @Test
  void only_the_shape_of_the_whole_value_spaces_aside_counts() {
    Candidate padded = secretNamedValue(List.of("TWILIO_TOKEN"), " " + TOKEN + "\n");
    assertThat(padded.secret()).isEqualTo(TOKEN);
    assertThat(secretNamedValue(List.of("TWILIO_TOKEN"), TOKEN + "0")).isNull();
    assertThat(secretNamedValue(List.of("TWILIO_TOKEN"), "hash=" + TOKEN)).isNull();
    // an authorization value: the credential is what follows its scheme (AuthSchemes)
    assertThat(secretNamedValue(List.of("TWILIO_TOKEN"), "token=" + TOKEN).secret()).isEqualTo(TOKEN);
    assertThat(secretNamedValue(List.of("TWILIO_AUTHORIZATION"), "Bearer " + TOKEN).evidence()).isEqualTo(Evidence.NAME);
    assertThat(secretNamedValue(List.of("AUTHORIZATION"), "Bearer " + TOKEN)).isNull();
  }

  @Test
  void neutral_words_are_letters_numbers_shared_words_and_the_provider_s() {
    EvidenceRules rules = rules(stages(List.of()));
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("auth", "token", "2", "x", "twilio", "sms"))).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of())).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("token", "mixpanel"))).isFalse();
    assertThat(rules.onlyNeutralWords(CoreFixture.AWS, Set.of("token", "sms"))).isFalse();
  }

  @Test
  void a_url_s_secret_is_its_secret_part_and_the_identifier_in_it_is_its_pair() {
    SourceUnit named = code(MAIN).add(constant("CLOUDLY_URL", literal(MAIN, 1, UrlSpecs.URL)));
    Candidate byName = urlSecretAt(UrlSpecs.CLOUDLY, named);
    assertThat(byName.evidence()).isEqualTo(Evidence.NAME);
    assertThat(byName.secret()).isEqualTo(UrlSpecs.URL_SECRET);
    assertThat(byName.kind().kind()).isEqualTo("url");
    assertThat(byName.pair().value()).isEqualTo(UrlSpecs.API_KEY);
    assertThat(byName.pair().kind().kind()).isEqualTo("api-key");
    assertThat(byName.pair().occurrence()).isSameAs(byName.occurrence());
    // under a name that says nothing, the identifier written in the URL is the evidence, whatever the words
    Candidate neutral = urlSecretAt(UrlSpecs.CLOUDLY, code(MAIN).add(constant("MEDIA_BACKEND", literal(MAIN, 1, UrlSpecs.URL))));
    assertThat(neutral.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(neutral.secret()).isEqualTo(UrlSpecs.URL_SECRET);
    assertThat(neutral.pair().value()).isEqualTo(UrlSpecs.API_KEY);
    // the identifier in the URL goes before the nearest one of the file (another URL's, on the next line)
    String other = "cloudly://830142957716254:Q7fTz2LmW9xKc4RbN8vJd3HgP5s@demo-cloud";
    SourceUnit two = code(MAIN).add(constant("CLOUDLY_URL", literal(MAIN, 1, UrlSpecs.URL))).add(constant("MEDIA_MIRROR", literal(MAIN, 2, other)));
    Stages stages = stages(List.of(UrlSpecs.CLOUDLY), List.of(two));
    assertThat(stages.identifiers().paired(UrlSpecs.CLOUDLY, byName.kind(), stages.at(MAIN, 1)).value()).isEqualTo("830142957716254");
    Candidate first = rules(stages).secret(UrlSpecs.CLOUDLY, stages.at(MAIN, 1));
    assertThat(first.evidence()).isEqualTo(Evidence.NAME);
    assertThat(first.pair().value()).isEqualTo(UrlSpecs.API_KEY);
    // names of hashes still veto
    assertThat(urlSecretAt(UrlSpecs.CLOUDLY, code(MAIN).add(constant("URL_SHA256", literal(MAIN, 1, UrlSpecs.URL))))).isNull();
    // an identifier part that is a placeholder pairs with nothing (Hookly's team is not judged as part of the token)
    String placeholder = UrlSpecs.WEBHOOK.replace(UrlSpecs.TEAM, "TXXXXXXXX");
    assertThat(urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("NOTE", literal(MAIN, 1, placeholder))))).isNull();
    assertThat(urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("HOOKLY_WEBHOOK", literal(MAIN, 1, placeholder)))).pair()).isNull();
  }

  @Test
  void a_shape_that_starts_with_a_literal_is_found_inside_a_longer_text() {
    String text = "Alerts: " + UrlSpecs.WEBHOOK + " (on-call)";
    Candidate inText = urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("HOOKLY_WEBHOOK_NOTE", literal(MAIN, 1, text))));
    assertThat(inText.evidence()).isEqualTo(Evidence.NAME);
    assertThat(inText.secret()).isEqualTo(UrlSpecs.HOOK_SECRET);
    // the team in the URL is an identifier of Hookly: evidence under any name
    Candidate paired = urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("NOTE", literal(MAIN, 1, text))));
    assertThat(paired.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(paired.pair().kind().kind()).isEqualTo("team-id");
    // a look-alike (23 characters of secret) is no webhook, in a text or whole
    String lookAlike = UrlSpecs.WEBHOOK.substring(0, UrlSpecs.WEBHOOK.length() - 1);
    assertThat(urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("HOOKLY_WEBHOOK", literal(MAIN, 1, "see " + lookAlike + " now"))))).isNull();
    assertThat(urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("HOOKLY_WEBHOOK", literal(MAIN, 1, lookAlike))))).isNull();
    // a token glued to letters is not one
    assertThat(urlSecretAt(UrlSpecs.HOOKLY, code(MAIN).add(constant("HOOKLY_WEBHOOK", literal(MAIN, 1, "x" + UrlSpecs.WEBHOOK))))).isNull();
  }

  @Test
  void a_secret_without_a_leading_literal_is_not_searched_inside_a_text() {
    assertThat(secretNamedValue(List.of("TWILIO_TOKEN"), "the token is " + TOKEN)).isNull();
    SourceUnit signing = code(MAIN).add(constant("CLOUDLY_SIGNING", literal(MAIN, 1, "cls" + UrlSpecs.SIGNING)));
    assertThat(urlSecretAt(UrlSpecs.CLOUDLY, signing).secret()).isEqualTo(UrlSpecs.SIGNING);
    SourceUnit inText = code(MAIN).add(constant("CLOUDLY_SIGNING", literal(MAIN, 1, "key cls" + UrlSpecs.SIGNING)));
    assertThat(urlSecretAt(UrlSpecs.CLOUDLY, inText).secret()).isEqualTo(UrlSpecs.SIGNING);
    SourceUnit bare = code(MAIN).add(constant("CLOUDLY_SIGNING", literal(MAIN, 1, "key " + UrlSpecs.SIGNING)));
    assertThat(urlSecretAt(UrlSpecs.CLOUDLY, bare)).isNull();
  }

  /** What the rules say of the secret of the spec at line 1, column 10, with only that spec. */
  @Nullable
  private static Candidate urlSecretAt(ProviderSpec spec, SourceUnit unit) {
    Stages stages = stages(List.of(spec), List.of(unit));
    return rules(stages).secret(spec, stages.at(MAIN, 1));
  }

  @Test
  void a_misspelled_provider_word_names_the_provider_as_its_right_spelling_does() {
    assertThat(secretNamed(List.of("TWILLO_AUTH_TOKEN"), List.of()).evidence()).isEqualTo(Evidence.NAME);
    assertThat(secretNamed(List.of("TWILLIO_SECRET"), List.of()).evidence()).isEqualTo(Evidence.NAME);
    assertThat(secretNamed(List.of("TOKEN"), List.of("TwiloConfig")).evidence()).isEqualTo(Evidence.NAME);
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("twilo", "token"), Set.of())).isTrue();
    // a misspelling alone is the provider's word alone; a near word that is no listed spelling says nothing
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("twillo"), Set.of("twilio"))).isFalse();
    assertThat(EvidenceRules.namesSay(TWILIO, AUTH_TOKEN, Set.of("twiliox", "token"), Set.of())).isFalse();
    assertThat(secretNamed(List.of("TWIGGY_AUTH_TOKEN"), List.of())).isNull();
  }

  @Test
  void a_credential_word_numbered_is_the_same_word_other_words_numbered_are_not() {
    EvidenceRules rules = rules(stages(List.of()));
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("secret1", "secret"))).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("auth", "token", "2"))).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("token12", "token"))).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("value2", "value"))).isFalse();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("s3"))).isFalse();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("mixpanel2", "mixpanel"))).isFalse();
    SourceUnit unit = code(MAIN).add(constant("ACCOUNT_SID1", literal(MAIN, 1, SID))).add(constant("secret1", literal(MAIN, 2, TOKEN)));
    Candidate candidate = secretAt(unit, 2, 10);
    assertThat(candidate.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(candidate.pair().value()).isEqualTo(SID);
    assertThat(secretNamed(List.of("TWILIO_AUTH_TOKEN1"), List.of()).evidence()).isEqualTo(Evidence.NAME);
  }

  @Test
  void a_qualifier_that_also_names_the_identifier_beside_says_which_pair_it_is() {
    EvidenceRules rules = rules(stages(List.of()));
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("storage", "auth", "token"), Set.of("storage", "account", "sid"))).isTrue();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("mixpanel", "token"), Set.of("account", "sid"))).isFalse();
    assertThat(rules.onlyNeutralWords(TWILIO, Set.of("storage", "upload", "token"), Set.of("storage", "sid"))).isFalse();

    SourceUnit shared = code(MAIN).add(constant("NOTIFIER_ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("NOTIFIER_AUTH_TOKEN", literal(MAIN, 2, TOKEN)));
    Candidate candidate = secretAt(shared, 2, 10);
    assertThat(candidate.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(candidate.pair().value()).isEqualTo(SID);
    SourceUnit other = code(MAIN).add(constant("NOTIFIER_ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("SEGMENT_WRITE_KEY", literal(MAIN, 2, TOKEN)));
    assertThat(secretAt(other, 2, 10)).isNull();
    // the qualifier does not lift a veto
    SourceUnit digest = code(MAIN).add(constant("NOTIFIER_ACCOUNT_SID", literal(MAIN, 1, SID))).add(constant("NOTIFIER_MD5", literal(MAIN, 2, TOKEN)));
    assertThat(secretAt(digest, 2, 10)).isNull();
  }

  @Test
  void signing_keys_are_twilio_s_older_name_for_api_keys() {
    SecretKind apiKeySecret = TWILIO.secret("api-key-secret").orElseThrow();
    String sk = "SK7c1e5a9d3f0b4862c7e1a5d9f3b08e24";
    String secret = "Rf3kWq8ZbN2vTx6LmP9sYd4HcJ7gAe1U";
    SourceUnit unit = code(MAIN).add(constant("API_KEY_SID", literal(MAIN, 1, sk))).add(constant("SIGNING_KEY_SECRET", literal(MAIN, 2, secret)));
    Stages stages = stages(List.of(unit));
    Candidate candidate = rules(stages).secret(TWILIO, stages.at(MAIN, 2));
    assertThat(candidate.kind()).isSameAs(apiKeySecret);
    assertThat(candidate.evidence()).isEqualTo(Evidence.PAIR);
    assertThat(candidate.pair().value()).isEqualTo(sk);
  }

  private static Candidate secretNamed(List<String> names, List<String> context) {
    SourceUnit unit = code(MAIN).add(new Binding(List.of(), names, context, literal(MAIN, 1, TOKEN)));
    return secretAt(unit, 1, 10);
  }

  private static Candidate secretNamedValue(List<String> names, String value) {
    SourceUnit unit = code(MAIN).add(new Binding(List.of(), names, List.of(), literal(MAIN, 1, value)));
    return secretAt(unit, 1, 10);
  }

  /** What the rules say of the Twilio secret at this line and column. */
  @Nullable
  private static Candidate secretAt(SourceUnit unit, int line, int column) {
    Stages stages = stages(List.of(unit));
    Occurrence occurrence = stages.occurrences().stream().filter(o -> o.range.startLine() == line && o.range.startColumn() == column)
      .findFirst().orElseThrow();
    return rules(stages).secret(TWILIO, occurrence);
  }

  private static EvidenceRules rules(Stages stages) {
    return new EvidenceRules(VOCABULARY, PLAUSIBILITY, MATCHER, stages.identifiers());
  }
}
