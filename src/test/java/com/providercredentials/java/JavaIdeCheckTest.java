package com.providercredentials.java;

import com.providercredentials.java.rules.JavaRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.JavaFileScanner;

/** The Java rules as SonarQube for IDE runs them: each rule's check reports its findings in one file (docs/adr/024). */
class JavaIdeCheckTest {

  @Test
  void every_rule_reports_its_findings_of_one_file() {
    CheckVerifier.newVerifier()
      .onFile("src/test/files/ide/java/ChatSetup.java")
      .withClassPath(List.of())
      .withChecks(allRules().toArray(JavaFileScanner[]::new))
      .verifyIssues();
  }

  static List<JavaFileScanner> allRules() {
    return JavaRules.ALL.stream().map(type -> {
      try {
        return (JavaFileScanner) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
