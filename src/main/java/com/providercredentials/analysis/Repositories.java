package com.providercredentials.analysis;

import java.util.List;
import java.util.Map;
import org.sonar.api.rule.RuleKey;

/** The plugin's rule repositories: one per language whose files carry issues, with the same rule keys in each. */
public final class Repositories {

  public static final String JAVA = "credentials-java";
  public static final String KOTLIN = "credentials-kotlin";
  public static final String XML = "credentials-xml";
  /**
   * Files without a language of their own for SonarQube ({@code build.gradle}, properties) and JSON. Its
   * rules are declared for Java so that they join the built-in Java "Sonar way" (see docs/adr/003).
   */
  public static final String FILES = "credentials-files";

  /** Every repository of the plugin: the issues of all of them count in the "Hard-coded credentials" measure. */
  public static final List<String> ALL = List.of(JAVA, KOTLIN, XML, FILES);

  /** The folder of the rule descriptions, composed at build time from the fragments of {@code rules-metadata/}. */
  public static final String METADATA = "com/providercredentials/rules";

  private static final Map<String, String> BY_LANGUAGE = Map.of("java", JAVA, "kotlin", KOTLIN, "xml", XML);

  private Repositories() {
  }

  /** The repository whose rules report issues on files of this language (null: no language). */
  public static String forLanguage(String language) {
    return language == null ? FILES : BY_LANGUAGE.getOrDefault(language, FILES);
  }

  public static RuleKey rule(String repository, String key) {
    return RuleKey.of(repository, key);
  }
}
