package com.providercredentials.accounts;

import java.util.List;
import org.sonar.api.measures.Metric;
import org.sonar.api.measures.Metrics;

/**
 * The hidden project measure through which projects learn about each other's accounts: one line per
 * account, with its keyed fingerprint and its masked form, never the identifier (see {@link AccountsMeasure}).
 */
public class AccountsMetric implements Metrics {

  public static final String KEY = "credentials_accounts";

  public static final Metric<String> ACCOUNTS = new Metric.Builder(KEY, "Provider accounts (fingerprints)", Metric.ValueType.DATA)
    .setDescription("Keyed fingerprints of the provider accounts hard-coded in the project (Provider Credentials)")
    .setDomain("Security")
    .setHidden(true)
    .setQualitative(false)
    .create();

  @Override
  public List<Metric> getMetrics() {
    return List.of(ACCOUNTS);
  }
}
