package com.providercredentials.measures;

import java.util.List;
import org.sonar.api.measures.Metric;
import org.sonar.api.measures.Metrics;

/**
 * The measure a quality gate can hold: "Hard-coded credentials", the number of open issues of the plugin's rules,
 * computed on the server by {@link HardCodedCredentialsComputer} (docs/adr/022). Visible, so that it can be a gate
 * condition and has its history on the project's measures and activity pages.
 */
public class CredentialsMetrics implements Metrics {

  public static final String HARDCODED_KEY = "credentials_hardcoded";

  public static final Metric<Integer> HARDCODED = new Metric.Builder(HARDCODED_KEY, "Hard-coded credentials", Metric.ValueType.INT)
    .setDescription("Open issues of the Provider Credentials rules: credentials hard-coded in the code, resources and build"
      + " files, account credentials used by app code, accounts shared between apps")
    .setDirection(Metric.DIRECTION_WORST)
    .setQualitative(true)
    .setDomain("Security")
    .setBestValue(0.0)
    .setOptimizedBestValue(true)
    .create();

  @Override
  public List<Metric> getMetrics() {
    return List.of(HARDCODED);
  }
}
