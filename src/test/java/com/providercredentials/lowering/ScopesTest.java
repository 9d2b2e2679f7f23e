package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopesTest {

  @Test
  void member_keys_qualify_a_name_as_other_files_may_write_it() {
    Scopes scopes = new Scopes();
    scopes.packageName("com.example");
    assertThat(scopes.memberKeys("TOKEN")).isEmpty();
    scopes.enterType("Outer");
    scopes.enterType("Inner");
    assertThat(scopes.memberKeys("TOKEN")).containsExactly("com.example.Outer.Inner.TOKEN", "Outer.Inner.TOKEN", "Inner.TOKEN");
    assertThat(scopes.context()).containsExactly("Inner", "Outer");
    scopes.exitType();
    assertThat(scopes.innermostType()).isEqualTo("com.example.Outer");
  }

  @Test
  void functions_are_the_scopes_of_locals() {
    Scopes scopes = new Scopes();
    assertThat(scopes.inFunction()).isFalse();
    assertThat(scopes.function()).isEmpty();
    scopes.enterFunction("outer");
    scopes.enterFunction("inner");
    assertThat(scopes.function()).isEqualTo("inner");
    assertThat(scopes.functions()).containsExactly("inner", "outer");
  }

  @Test
  void imported_types_through_the_import_or_written_fully_qualified() {
    Scopes scopes = new Scopes();
    scopes.imports("TwilioRestClient", "com.twilio.http.TwilioRestClient");
    assertThat(scopes.importedType("TwilioRestClient.Builder")).isEqualTo("com.twilio.http.TwilioRestClient.Builder");
    assertThat(scopes.importedType("com.twilio.Twilio")).isEqualTo("com.twilio.Twilio");
    assertThat(scopes.importedType("Twilio")).isNull();
    assertThat(Scopes.isTypeLike("TwilioRestClient.Builder")).isTrue();
    assertThat(Scopes.isTypeLike("client.builder")).isFalse();
    assertThat(Scopes.isTypeLike("")).isFalse();
  }
}
