package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.java.JavaSamples.Analysis;
import com.providercredentials.java.JavaSamples.Classpath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule ClientSideAccountCredentials on Java: a file importing android.* and a Spring backend. */
class JavaClientSideTest {

  private static final ClientSideCheck CHECK = new ClientSideCheck(SpecLoader.builtIn());

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void android_code_that_signs_in_with_account_credentials_is_reported_whatever_the_values_source(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "ClientSideAccountCredentials/java");
    List<Finding> findings = CHECK.run(analysis.candidates().units(), analysis.findings());
    analysis.verifyIssues(findings);

    // where each credential comes from is a secondary location, marked in RidesSignIn.java
    assertThat(clientSide(findings)).hasSize(10);
    assertThat(clientSide(findings)).extracting(Finding::context).containsOnly("twilio_android_sdks", "aws_sdk_for_android");
    // the Spring backend stays silent
    assertThat(findings).noneMatch(f -> f.location().file().endsWith("SmsBackend.java"));
  }

  private static List<Finding> clientSide(List<Finding> findings) {
    return findings.stream().filter(f -> f.rule().equals(ClientSideCheck.RULE)).toList();
  }
}
