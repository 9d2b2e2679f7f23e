package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.java.JavaSamples.Analysis;
import com.providercredentials.java.JavaSamples.Classpath;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JavaFrontEndTest {

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void twilio_samples(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "twilio", "stubs");
    analysis.verifyIssues();
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void aws_samples(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "aws");
    analysis.verifyIssues();
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void look_alikes_stay_silent(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "lookalikes");
    assertThat(analysis.findings()).isEmpty();
    // and the front-end did hand the values over: silence comes from the core's judgement, not from missing input
    assertThat(analysis.candidates().units()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void constant_used_in_another_file_is_reported_on_its_literal_with_the_use_as_secondary(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "twilio", "stubs");
    Finding finding = analysis.findings().stream()
      .filter(f -> f.location().file().endsWith("AppConstants.java"))
      .findFirst().orElseThrow();
    assertThat(finding.evidence()).isEqualTo(Finding.Evidence.CALL);
    assertThat(finding.location().startLine()).isEqualTo(8);
    assertThat(finding.secondaries()).extracting(s -> Path.of(java.net.URI.create(s.location().file())).getFileName() + ":"
      + s.location().startLine() + ":" + s.location().startColumn() + "-" + s.location().endColumn() + " " + s.message())
      .containsExactly(
        "AppConstants.java:6:37-73 Twilio Account SID AC…259c that goes with it",
        "SmsClient.java:9:36-55 Passed to Twilio.init here");
  }

  @ParameterizedTest
  @EnumSource(Classpath.class)
  void inline_call_points_at_the_sid_beside_the_token(Classpath classpath) {
    Analysis analysis = JavaSamples.analyse(classpath, "twilio", "stubs");
    Finding finding = analysis.findings().stream()
      .filter(f -> f.location().file().endsWith("InlineCredentials.java") && f.location().startLine() == 12)
      .findFirst().orElseThrow();
    assertThat(finding.secondaries()).extracting(s -> s.location().startLine() + ":" + s.location().startColumn() + " " + s.message())
      .containsExactly("12:16 Twilio Account SID AC…10c1 that goes with it");
  }

  @org.junit.jupiter.api.Test
  void no_message_shows_a_secret() {
    Analysis analysis = JavaSamples.analyse(Classpath.NONE, "twilio", "aws", "stubs");
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
