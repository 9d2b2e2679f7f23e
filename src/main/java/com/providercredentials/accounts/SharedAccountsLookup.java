package com.providercredentials.accounts;

import java.util.Collection;

/** What the sensor needs to know of other projects: which of them hold these account fingerprints. */
@FunctionalInterface
public interface SharedAccountsLookup {
  SharedAccountsClient.Outcome lookup(Collection<String> fingerprints, String projectKey);
}
