package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthSchemesTest {

  @Test
  void the_credential_is_what_follows_a_known_scheme() {
    assertThat(AuthSchemes.credential("Bearer KEY0123")).isEqualTo("KEY0123");
    assertThat(AuthSchemes.credential("AccessKey live_abc")).isEqualTo("live_abc");
    assertThat(AuthSchemes.credential("key=AAAA:APA")).isEqualTo("AAAA:APA");
    assertThat(AuthSchemes.credential("token  abc ")).isEqualTo("abc");
  }

  @Test
  void nothing_for_other_schemes_prose_or_basic() {
    assertThat(AuthSchemes.credential("Basic QUM6dG9rZW4=")).isNull();
    assertThat(AuthSchemes.credential("Digest abc")).isNull();
    assertThat(AuthSchemes.credential("the token is abc")).isNull();
    assertThat(AuthSchemes.credential("Bearer abc def")).isNull();
    assertThat(AuthSchemes.credential("Bearer ")).isNull();
    assertThat(AuthSchemes.credential("value=abc")).isNull();
    assertThat(AuthSchemes.credential("abc")).isNull();
  }
}
