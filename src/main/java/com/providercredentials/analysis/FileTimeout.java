package com.providercredentials.analysis;

import org.slf4j.Logger;
import org.sonar.api.PropertyType;
import org.sonar.api.config.Configuration;
import org.sonar.api.config.PropertyDefinition;

/**
 * The per-file time bound of our front-ends ({@value #KEY}, in ms): a file whose front-end work takes longer is
 * abandoned, its candidates dropped, with one WARN line naming it. See docs/adr/006.
 */
public final class FileTimeout {

  public static final String KEY = "sonar.credentials.fileTimeout";
  public static final long DEFAULT_MILLIS = 10_000L;

  private FileTimeout() {
  }

  public static PropertyDefinition definition() {
    return PropertyDefinition.builder(KEY)
      .name("Per-file time bound (ms)")
      .description("A file on which Provider Credentials' front-end (Java, Kotlin, resource or build file) spends longer than this is "
        + "abandoned: its candidates are dropped and one warning names the file. 0 disables the bound.")
      .type(PropertyType.INTEGER).defaultValue(Long.toString(DEFAULT_MILLIS))
      .category("Provider Credentials")
      .build();
  }

  static long millis(Configuration configuration) {
    try {
      return configuration.getLong(KEY).orElse(DEFAULT_MILLIS);
    } catch (RuntimeException notANumber) {
      return DEFAULT_MILLIS;
    }
  }

  /** The one line that says a file was abandoned: its name and the bound, never its content. */
  public static void warn(Logger log, Object file, long boundMillis) {
    log.warn("Provider Credentials abandoned {}: its analysis took longer than {} ms ({}); its candidates are dropped", file, boundMillis, KEY);
  }
}
