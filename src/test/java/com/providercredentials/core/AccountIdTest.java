package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountIdTest {

  @Test
  void modern_aws_key_ids_give_their_account() {
    assertThat(AccountId.awsAccount(SharedAccountsTest.AwsKeys.keyId(123456789012L, 0x2468aceL))).contains("123456789012");
    assertThat(AccountId.awsAccount(SharedAccountsTest.AwsKeys.keyId(42L, 0L))).contains("000000000042");
  }

  @Test
  void key_ids_from_before_2019_and_malformed_ones_give_none() {
    // first bit clear: the body starts with A..P
    assertThat(AccountId.awsAccount("AKIAC42A7AUVQZEA46DZ")).isEmpty();
    assertThat(AccountId.awsAccount("AKIAQ42A7AUVQZEA46D")).isEmpty();
    assertThat(AccountId.awsAccount("AKIAQ42A7AUVQZEA46D1")).isEmpty();
  }

  @Test
  void fingerprints_are_keyed_stable_and_reveal_nothing() {
    ProviderSpec twilio = SpecLoader.builtIn().stream().filter(s -> s.id().equals("twilio")).findFirst().orElseThrow();
    AccountId sid = AccountId.of(twilio, twilio.identifier("account-sid").orElseThrow(), "AC3f5e0c2b9d8a7146e2bb0d9c4f7a6e91");
    String fingerprint = new Fingerprints("server-a").of(sid);
    assertThat(fingerprint).isEqualTo(new Fingerprints("server-a").of(sid)).matches("[0-9a-f]{32}")
      .isNotEqualTo(new Fingerprints("server-b").of(sid));
    assertThat(Fingerprints.isFingerprint(fingerprint)).isTrue();
    assertThat(sid.masked()).isEqualTo("AC…6e91");
  }
}
