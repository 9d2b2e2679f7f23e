package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.testing.MarkerVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Android resources, the manifest, Gradle, properties and JSON, together with the Java code that reads them. */
class AndroidFrontEndsTest {

  private static final Path ROOT = Path.of("src/test/files/android");
  private static AndroidSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = AndroidSamples.analyse(ROOT);
  }

  @Test
  void every_file_raises_exactly_its_expected_issues() {
    // with the secondary locations in other files: the Gradle line that compiles a property into BuildConfig, the
    // Java code that reads it, the manifest meta-data that publishes a placeholder
    MarkerVerifier.verify(analysis.findings(), analysis.files());
    assertThat(analysis.files()).hasSizeGreaterThan(10);
  }

  @Test
  void a_property_read_into_build_config_is_taken_for_a_credential_by_the_call_that_receives_it() {
    Finding token = analysis.findings().stream().filter(f -> f.location().file().endsWith("gradle.properties")).findFirst().orElseThrow();
    assertThat(token.evidence()).isEqualTo(Finding.Evidence.CALL);
  }
}
