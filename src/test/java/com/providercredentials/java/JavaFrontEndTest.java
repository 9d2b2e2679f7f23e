package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.java.JavaSamples.Analysis;
import com.providercredentials.java.JavaSamples.Classpath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JavaFrontEndTest {

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void twilio_samples(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "TwilioCredentials/java");
    analysis.verifyIssues();
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void aws_samples(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "AwsCredentials/java");
    analysis.verifyIssues();
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void look_alikes_stay_silent(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "TwilioCredentials/lookalikes");
    assertThat(analysis.findings()).isEmpty();
    // and the front-end did hand the values over: silence comes from the core's judgement, not from missing input
    assertThat(analysis.candidates().units()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void constant_used_in_another_file_is_taken_for_a_credential_by_the_call_that_receives_it(Classpath classpath) {
    // its secondaries, the SID beside it and the call in SmsClient.java, are marked in the samples
    Analysis analysis = JavaSamples.analyse(classpath, "TwilioCredentials/java");
    Finding finding = analysis.findings().stream()
      .filter(f -> f.location().file().endsWith("AppConstants.java"))
      .findFirst().orElseThrow();
    assertThat(finding.evidence()).isEqualTo(Finding.Evidence.CALL);
  }

  @Test
  void no_message_shows_a_secret() {
    Analysis analysis = JavaSamples.analyse(Classpath.NONE, "TwilioCredentials/java", "AwsCredentials/java");
    List<String> secrets = List.of("5f9a90f915f481177929e3b9df501a84", "kY3uYjJjkJPB8mo1uretTuROxBWccdOm", "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8");
    assertThat(analysis.findings()).hasSizeGreaterThan(10);
    for (Finding finding : analysis.findings()) {
      for (String secret : secrets) {
        assertThat(finding.message()).doesNotContain(secret).doesNotContain(secret.substring(0, 8));
        finding.secondaries().forEach(s -> assertThat(s.message()).doesNotContain(secret.substring(0, 8)));
      }
    }
  }
}
