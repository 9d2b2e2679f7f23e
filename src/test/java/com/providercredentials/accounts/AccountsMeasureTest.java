package com.providercredentials.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountsMeasureTest {

  private static final String FP = "0123456789abcdef0123456789abcdef";

  @Test
  void round_trip() {
    AccountsMeasure.Account account = new AccountsMeasure.Account(FP, "twilio", "account-sid", "Account SID", "AC…9f3e",
      Set.of("app/src/Keys.java", "driver/build.gradle.kts"));
    String value = AccountsMeasure.write(List.of(account));
    assertThat(value).isEqualTo(FP + "\ttwilio\taccount-sid\tAccount SID\tAC…9f3e\tapp/src/Keys.java|driver/build.gradle.kts\n");
    assertThat(AccountsMeasure.read(value)).containsExactly(account);
  }

  @Test
  void malformed_lines_are_ignored() {
    assertThat(AccountsMeasure.read("garbage\n\nnot-a-fingerprint\ta\tb\tc\td\te\n" + FP + "\ttwilio\tk\tl\tm\t\n"))
      .extracting(AccountsMeasure.Account::fingerprint, AccountsMeasure.Account::files)
      .containsExactly(org.assertj.core.groups.Tuple.tuple(FP, Set.of()));
  }

  @Test
  void bounded() {
    List<AccountsMeasure.Account> many = java.util.stream.IntStream.range(0, 600)
      .mapToObj(i -> new AccountsMeasure.Account("%032x".formatted(i), "aws", "account", "account", "…" + i, Set.of())).toList();
    assertThat(AccountsMeasure.read(AccountsMeasure.write(many))).hasSize(AccountsMeasure.MAX_ACCOUNTS);
  }
}
