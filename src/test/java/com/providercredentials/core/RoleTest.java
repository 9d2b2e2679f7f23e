package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void the_words_of_a_spec_are_parsed_to_their_roles() {
    assertThat(Role.parse("-")).isSameAs(Role.IGNORED).isEqualTo(Role.Any.IGNORED);
    assertThat(Role.parse("identifier")).isSameAs(Role.ANY_IDENTIFIER).isEqualTo(Role.Any.IDENTIFIER);
    assertThat(Role.parse("secret")).isSameAs(Role.ANY_SECRET).isEqualTo(Role.Any.SECRET);
    assertThat(Role.parse("auth-token")).isEqualTo(new Role.Named("auth-token"));
    // case matters: kinds are written in lower case, "Secret" is a kind's name that no spec declares
    assertThat(Role.parse("Secret")).isEqualTo(new Role.Named("Secret"));
  }

  @Test
  void a_role_reads_as_the_spec_writes_it() {
    assertThat(Role.IGNORED).hasToString("-");
    assertThat(Role.ANY_IDENTIFIER).hasToString("identifier");
    assertThat(Role.ANY_SECRET).hasToString("secret");
    assertThat(Role.parse("account-sid")).hasToString("account-sid");
  }

  @Test
  void only_a_secret_role_or_the_secret_kind_s_own_name_takes_the_secret() {
    assertThat(Role.ANY_SECRET.takesSecret("auth-token")).isTrue();
    assertThat(Role.parse("auth-token").takesSecret("auth-token")).isTrue();
    assertThat(Role.parse("auth-token").takesSecret("api-key-secret")).isFalse();
    assertThat(Role.parse("account-sid").takesSecret("auth-token")).isFalse();
    assertThat(Role.ANY_IDENTIFIER.takesSecret("auth-token")).isFalse();
    assertThat(Role.IGNORED.takesSecret("auth-token")).isFalse();
  }

  @Test
  void a_spec_s_roles_are_parsed_and_one_that_names_an_unknown_kind_is_refused() throws IOException {
    String yaml;
    try (InputStream in = RoleTest.class.getClassLoader().getResourceAsStream(SpecLoader.FOLDER + "twilio.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ProviderSpec spec = SpecLoader.parse("twilio.yaml", yaml);
    assertThat(spec.calls()).filteredOn(c -> c.owner().equals("com.twilio.sdk.TwilioRestClient")).singleElement()
      .satisfies(c -> assertThat(c.roles()).containsExactly(new Role.Named("account-sid"), new Role.Named("auth-token")));
    assertThat(spec.calls()).filteredOn(c -> c.parameters().equals(List.of("username", "password", "charset"))).singleElement()
      .satisfies(c -> assertThat(c.roles()).containsExactly(Role.ANY_IDENTIFIER, Role.ANY_SECRET, Role.IGNORED));

    String misspelt = yaml.replace("roles: [account-sid, auth-token]", "roles: [account-sid, auth-tokens]");
    assertThat(misspelt).isNotEqualTo(yaml);
    assertThatThrownBy(() -> SpecLoader.parse("twilio.yaml", misspelt))
      .isInstanceOf(IllegalArgumentException.class)
      .hasMessage("twilio.yaml: call com.twilio.sdk.TwilioRestClient.<init> has unknown role auth-tokens");
  }
}
