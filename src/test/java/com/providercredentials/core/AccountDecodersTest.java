package com.providercredentials.core;

import static com.providercredentials.core.ShapeGrammarTest.shape;
import static com.providercredentials.core.ShapeSamples.base64Url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The account decoders a spec names (account: {decoder: NAME}), and what AccountId makes of them. */
class AccountDecodersTest {

  private static final Shape AWS_KEY_ID = shape("{prefixes: [AKIA], alphabet: base32-upper, length: 16}");
  private static final Shape JWT = shape("{parts: [eyJ, {alphabet: base64-url, length: [10, 300]}, ., {name: claims, alphabet: base64-url,"
    + " length: [16, 2000]}, ., {alphabet: base64-url, length: [43, 86]}], payload: {part: claims, equals: {role: anon}}}");
  private static final Shape WEBHOOK = shape("{parts: ['https://hooks.example.com/T', {name: team, alphabet: upper-alnum, length: 8}, /,"
    + " {name: secret, alphabet: alnum, length: 24}]}");

  @Test
  void aws_key_id_reads_the_account_inside_a_modern_key_id() {
    String keyId = SharedAccountsTest.AwsKeys.keyId(123456789012L, 0x2468aceL);
    assertThat(AccountDecoders.decode("aws-key-id", AWS_KEY_ID, keyId)).contains("123456789012");
    assertThat(AccountDecoders.decode("aws-key-id", AWS_KEY_ID, "AKIAC42A7AUVQZEA46DZ")).isEmpty();
  }

  @Test
  void jwt_claim_reads_a_claim_of_the_payload() {
    String jwt = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url("{\"iss\":\"supabase\",\"ref\":\"abcdefghijklmnopqrst\",\"role\":\"anon\"}")
      + ".Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV";
    assertThat(JWT.matches(jwt)).isTrue();
    assertThat(AccountDecoders.decode("jwt-claim:ref", JWT, jwt)).contains("abcdefghijklmnopqrst");
    assertThat(AccountDecoders.decode("jwt-claim:sub", JWT, jwt)).isEmpty();
    assertThat(AccountDecoders.decode("jwt-claim:ref", JWT, "not.a.jwt")).isEmpty();
  }

  @Test
  void part_and_segment_read_a_run_of_the_identifier() {
    String url = "https://hooks.example.com/TABCD1234/" + "q".repeat(12) + "w".repeat(12);
    assertThat(AccountDecoders.decode("part:team", WEBHOOK, url)).contains("ABCD1234");
    assertThat(AccountDecoders.decode("segment:1", WEBHOOK, url)).contains("ABCD1234");
    assertThat(AccountDecoders.decode("segment:2", WEBHOOK, url)).contains("q".repeat(12) + "w".repeat(12));
    assertThat(AccountDecoders.decode("part:team", WEBHOOK, "https://elsewhere")).isEmpty();
    assertThat(AccountDecoders.decode(null, WEBHOOK, url)).isEmpty();
  }

  @Test
  void a_spec_names_only_decoders_that_exist_and_fit_its_shape() {
    AccountDecoders.validate("part:team", WEBHOOK);
    AccountDecoders.validate("segment:2", WEBHOOK);
    assertThatThrownBy(() -> AccountDecoders.validate("part:user", WEBHOOK)).hasMessageContaining("names no run");
    assertThatThrownBy(() -> AccountDecoders.validate("segment:3", WEBHOOK)).hasMessageContaining("has 2 runs");
    assertThatThrownBy(() -> AccountDecoders.validate("rot13", WEBHOOK)).hasMessageContaining("Unknown account decoder 'rot13'");
    assertThatThrownBy(() -> AccountDecoders.validate("segment:x", WEBHOOK)).hasMessageContaining("Unknown account decoder");
  }

  @Test
  void the_spec_form_account_decoder_gives_accounts_of_identifiers() {
    ProviderSpec spec = SpecLoader.parse("hooks.yaml", """
      id: hooks
      name: Hooks
      rule: HooksCredentials
      words: [hooks]
      identifiers:
        - kind: webhook
          label: webhook
          shape: {parts: ['https://hooks.example.com/T', {name: team, alphabet: upper-alnum, length: 8}, /, {name: secret, alphabet: alnum, length: 24}]}
          account: {decoder: "part:team"}
        - kind: old-form
          label: key id
          shape: {prefixes: [AKIA], alphabet: base32-upper, length: 16}
          account: true
          account-decoder: aws-key-id
      secrets: []
      """);
    ProviderSpec.IdentifierKind webhook = spec.identifier("webhook").orElseThrow();
    assertThat(webhook.account()).isTrue();
    assertThat(webhook.accountDecoder()).isEqualTo("part:team");
    AccountId account = AccountId.of(spec, webhook, "https://hooks.example.com/TABCD1234/" + "q".repeat(12) + "w".repeat(12));
    assertThat(account.value()).isEqualTo("ABCD1234");
    assertThat(account.kind()).isEqualTo("account");
    assertThat(spec.identifier("old-form").orElseThrow().accountDecoder()).isEqualTo("aws-key-id");
    assertThatThrownBy(() -> SpecLoader.parse("bad.yaml", """
      id: bad
      name: Bad
      rule: BadCredentials
      words: [bad]
      identifiers:
        - {kind: id, label: id, shape: {prefixes: [B], alphabet: hex, length: 8}, account: {decoder: "part:team"}}
      secrets: []
      """)).hasMessageStartingWith("bad.yaml at /identifiers[0]: Decoder part:team names no run");
  }
}
