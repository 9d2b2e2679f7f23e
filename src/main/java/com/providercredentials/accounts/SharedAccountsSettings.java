package com.providercredentials.accounts;

import java.util.List;
import org.sonar.api.PropertyType;
import org.sonar.api.config.PropertyDefinition;
import org.sonar.api.resources.Qualifiers;

/** The settings of rule SharedAccountSid (documented in the README). */
public final class SharedAccountsSettings {

  public static final String CROSS_PROJECT = "sonar.credentials.sharedAccounts.crossProject";
  public static final String EXCLUSIONS = "sonar.credentials.sharedAccounts.exclusions";
  public static final String TIMEOUT = "sonar.credentials.sharedAccounts.timeout";
  public static final String FINGERPRINT_KEY = "sonar.credentials.fingerprintKey.secured";

  private static final String CATEGORY = "Provider Credentials";
  private static final String SUBCATEGORY = "Shared accounts";

  private SharedAccountsSettings() {
  }

  public static List<PropertyDefinition> definitions() {
    return List.of(
      PropertyDefinition.builder(CROSS_PROJECT)
        .name("Look for shared accounts in other projects")
        .description("Store keyed fingerprints of the provider accounts found in this project and look them up in the other projects "
          + "of this server (only those the analysis token may browse). When off, rule SharedAccountSid only compares the "
          + "applications of one analysis.")
        .type(PropertyType.BOOLEAN).defaultValue("true")
        .category(CATEGORY).subCategory(SUBCATEGORY).onQualifiers(Qualifiers.PROJECT).index(1)
        .build(),
      PropertyDefinition.builder(EXCLUSIONS)
        .name("Accounts meant to be shared")
        .description("Account identifiers (e.g. a public test account's SID), AWS account ids or fingerprints that rule "
          + "SharedAccountSid must not report, in this analysis or across projects.")
        .multiValues(true)
        .category(CATEGORY).subCategory(SUBCATEGORY).onQualifiers(Qualifiers.PROJECT).index(2)
        .build(),
      PropertyDefinition.builder(TIMEOUT)
        .name("Lookup timeout (ms)")
        .description("How long the analysis waits for the server's answer about other projects before it goes on without it.")
        .type(PropertyType.INTEGER).defaultValue("30000")
        .category(CATEGORY).subCategory(SUBCATEGORY).index(3)
        .build(),
      PropertyDefinition.builder(FINGERPRINT_KEY)
        .name("Fingerprint key")
        .description("A server-wide secret that keys the fingerprints of accounts, so that they cannot be matched outside this server. "
          + "Changing it makes the stored fingerprints unmatched until each project is analysed again.")
        .type(PropertyType.PASSWORD)
        .category(CATEGORY).subCategory(SUBCATEGORY).index(4)
        .build());
  }
}
