package com.providercredentials.accounts;

import com.providercredentials.core.Fingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of the {@link AccountsMetric} measure: one line per account,
 * {@code fingerprint TAB provider TAB kind TAB label TAB masked TAB file|file…}. Bounded: at most
 * {@link #MAX_ACCOUNTS} accounts and {@link #MAX_FILES} files each.
 */
public final class AccountsMeasure {

  static final int MAX_ACCOUNTS = 500;
  static final int MAX_FILES = 20;

  /** One account of a project. */
  public record Account(String fingerprint, String provider, String kind, String label, String masked, Set<String> files) {
    public Account {
      files = Set.copyOf(new LinkedHashSet<>(files));
    }
  }

  private AccountsMeasure() {
  }

  public static String write(List<Account> accounts) {
    StringBuilder value = new StringBuilder();
    accounts.stream().limit(MAX_ACCOUNTS).forEach(account -> {
      value.append(account.fingerprint()).append('\t').append(clean(account.provider())).append('\t').append(clean(account.kind()))
        .append('\t').append(clean(account.label())).append('\t').append(clean(account.masked())).append('\t')
        .append(String.join("|", account.files().stream().sorted().limit(MAX_FILES).map(AccountsMeasure::clean).toList()))
        .append('\n');
    });
    return value.toString();
  }

  /** The accounts of a measure value; malformed lines (another version's, a hand-edited value) are ignored. */
  public static List<Account> read(String value) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    for (String line : value.split("\n")) {
      String[] fields = line.split("\t", -1);
      if (fields.length == 6 && Fingerprints.isFingerprint(fields[0])) {
        Set<String> files = new LinkedHashSet<>();
        for (String file : fields[5].split("\\|")) {
          if (!file.isEmpty()) {
            files.add(file);
          }
        }
        accounts.putIfAbsent(fields[0], new Account(fields[0], fields[1], fields[2], fields[3], fields[4], files));
      }
    }
    return new ArrayList<>(accounts.values());
  }

  private static String clean(String field) {
    return field.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
  }
}
