package com.providercredentials.core;

import static com.providercredentials.core.UrlSpecs.API_KEY;
import static com.providercredentials.core.UrlSpecs.CLOUDLY;
import static com.providercredentials.core.UrlSpecs.HOOKLY;
import static com.providercredentials.core.UrlSpecs.HOOK_SECRET;
import static com.providercredentials.core.UrlSpecs.TEAM;
import static com.providercredentials.core.UrlSpecs.URL;
import static com.providercredentials.core.UrlSpecs.URL_SECRET;
import static com.providercredentials.core.UrlSpecs.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec.SecretKind;
import com.providercredentials.testing.FixtureSpecs;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

  private static final SecretKind CLOUDLY_URL = CLOUDLY.secret("url").orElseThrow();
  private static final SecretKind API_SECRET = CLOUDLY.secret("signing-secret").orElseThrow();
  private static final SecretKind WEBHOOK_KIND = HOOKLY.secret("webhook").orElseThrow();
  private static final SecretKind AUTH_TOKEN = CoreFixture.TWILIO.secret("auth-token").orElseThrow();

  @Test
  void a_whole_value_is_one_token_whose_secret_is_its_secret_part() {
    assertThat(SecretTokens.in(CLOUDLY_URL.shape(), URL, 4096, 1 << 20)).singleElement().satisfies(token -> {
      assertThat(token.text()).isEqualTo(URL);
      assertThat(token.secret()).isEqualTo(URL_SECRET);
      assertThat(token.identifier()).contains(API_KEY);
    });
    // a shape without a secret part is its own secret
    assertThat(SecretTokens.in(AUTH_TOKEN.shape(), CoreFixture.TOKEN, 4096, 1 << 20)).extracting(Token::secret).containsExactly(CoreFixture.TOKEN);
  }

  @Test
  void a_shape_that_starts_with_a_literal_is_searched_inside_a_text_a_bare_run_is_not() {
    String text = "alerts: " + WEBHOOK + " (ops), backup " + WEBHOOK.replace(HOOK_SECRET, HOOK_SECRET.substring(1));
    assertThat(SecretTokens.in(WEBHOOK_KIND.shape(), text, 4096, 1 << 20)).extracting(Token::secret).containsExactly(HOOK_SECRET);
    assertThat(SecretTokens.in(CLOUDLY_URL.shape(), "CLOUDLY=" + URL + ";", 4096, 1 << 20)).extracting(Token::secret).containsExactly(URL_SECRET);
    assertThat(SecretTokens.in(AUTH_TOKEN.shape(), "token " + CoreFixture.TOKEN + " here", 4096, 1 << 20)).isEmpty();
    // beyond the searched length: not found; a whole value longer than the longest secret: searched, not matched whole
    assertThat(SecretTokens.in(WEBHOOK_KIND.shape(), "x ".repeat(20) + WEBHOOK, 4096, 40)).isEmpty();
    assertThat(SecretTokens.in(CLOUDLY_URL.shape(), URL, 10, 1 << 20)).extracting(Token::secret).containsExactly(URL_SECRET);
    assertThat(SecretTokens.in(AUTH_TOKEN.shape(), CoreFixture.TOKEN, 10, 1 << 20)).isEmpty();
  }

  @Test
  void the_identifier_part_is_of_the_kind_whose_shape_it_has() {
    Token url = CLOUDLY_URL.shape().token(URL).orElseThrow();
    assertThat(SecretTokens.identifierKind(CLOUDLY, CLOUDLY_URL, url)).isSameAs(CLOUDLY.identifier("api-key").orElseThrow());
    // a kind the secret does not pair with still is the identifier's kind
    Token webhook = WEBHOOK_KIND.shape().token(WEBHOOK).orElseThrow();
    assertThat(webhook.identifier()).contains(TEAM.substring(1));
    assertThat(SecretTokens.identifierKind(HOOKLY, WEBHOOK_KIND, webhook)).isSameAs(HOOKLY.identifier("team-id").orElseThrow());
    // no identifier part; an identifier part of no known shape
    Token signing = API_SECRET.shape().token("cls" + UrlSpecs.SIGNING).orElseThrow();
    assertThat(SecretTokens.identifierKind(CLOUDLY, API_SECRET, signing)).isNull();
    Token acme = FixtureSpecs.acme().secret("connection-url").orElseThrow().shape()
      .token("acme://ACME88053329:YuCZ3k1keDlwO4zftFVYUXzVPXp@api.acme.test").orElseThrow();
    assertThat(SecretTokens.identifierKind(FixtureSpecs.acme(), FixtureSpecs.acme().secret("connection-url").orElseThrow(), acme)).isNull();
  }

  @Test
  void names_tells_the_parts_a_shape_names() {
    assertThat(SecretTokens.names(CLOUDLY_URL.shape(), Token.SECRET)).isTrue();
    assertThat(SecretTokens.names(CLOUDLY_URL.shape(), Token.IDENTIFIER)).isTrue();
    assertThat(SecretTokens.names(API_SECRET.shape(), Token.IDENTIFIER)).isFalse();
    assertThat(SecretTokens.names(AUTH_TOKEN.shape(), Token.SECRET)).isFalse();
  }
}
