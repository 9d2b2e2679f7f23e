package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Android resources, the manifest, Gradle, properties and JSON, together with the Java code that reads them: what a
 * finding rests on. The issues of the files, with their secondary locations in other files, are the samples'
 * markers, verified with every rule by {@code rules/RuleSamplesTest}.
 */
class AndroidFrontEndsTest {

  private static final Path ROOT = Path.of("src/test/files/rules/AwsCredentials/android");
  private static AndroidSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = AndroidSamples.analyse(ROOT);
  }

  @Test
  void a_property_read_into_build_config_is_taken_for_a_credential_by_the_call_that_receives_it() {
    Finding token = analysis.findings().stream().filter(f -> f.location().file().endsWith("gradle.properties")).findFirst().orElseThrow();
    assertThat(token.evidence()).isEqualTo(Finding.Evidence.CALL);
  }
}
