package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Finding;
import com.providercredentials.testing.SampleVerifier;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
    // JSON has no comments: its issues are asserted below
    Map<Path, String> commented = new LinkedHashMap<>(analysis.resourceFiles());
    commented.keySet().removeIf(p -> p.toString().endsWith(".json"));
    SampleVerifier.verify(analysis.findings(), commented);
    // the Java code that reads BuildConfig and resources holds no secret itself
    assertThat(analysis.findings()).noneMatch(f -> f.location().file().endsWith(".java"));
  }

  @Test
  void json_values_are_named_by_their_key_under_the_enclosing_keys() {
    assertThat(messagesIn("config.json")).containsExactly(
      "4:17 Revoke this Twilio Auth Token (…9d8c) and issue short-lived Access Tokens from your backend instead.",
      "8:23 Revoke this AWS secret access key (…QrPn); give the app temporary credentials from Cognito or STS instead.");
  }

  @Test
  void a_property_read_into_build_config_is_reported_on_the_property_with_its_uses_as_secondary_locations() {
    Finding token = analysis.findings().stream().filter(f -> f.location().file().endsWith("gradle.properties")).findFirst().orElseThrow();
    assertThat(token.evidence()).isEqualTo(Finding.Evidence.CALL);
    assertThat(token.secondaries()).extracting(s -> fileName(s.location().file()) + ":" + s.location().startLine() + " " + s.message())
      .containsExactlyInAnyOrder(
        "gradle.properties:3 Twilio Account SID AC…45ae that goes with it",
        "build.gradle:13 Compiled into BuildConfig.TWILIO_AUTH_TOKEN here",
        "Setup.java:10 Passed to Twilio.init here");
  }

  @Test
  void a_manifest_placeholder_is_reported_in_gradle_with_the_meta_data_as_secondary_location() {
    Finding placeholder = analysis.findings().stream()
      .filter(f -> f.masked().equals("…8720")).findFirst().orElseThrow();
    assertThat(placeholder.location().file()).endsWith("app/build.gradle");
    assertThat(placeholder.secondaries()).extracting(s -> fileName(s.location().file()) + ":" + s.location().startLine() + " " + s.message())
      .contains("AndroidManifest.xml:5 Published as the manifest meta-data com.example.voice.TOKEN here");
  }

  @Test
  void a_resource_reached_through_another_resource_is_reported_once_where_it_is_written() {
    assertThat(analysis.findings()).filteredOn(f -> f.masked().equals("…cd90")).hasSize(1)
      .allSatisfy(f -> assertThat(f.secondaries()).extracting(Finding.Secondary::message).contains("Passed to Twilio.init here"));
  }

  private static java.util.List<String> messagesIn(String name) {
    return analysis.findings().stream().filter(f -> f.location().file().endsWith(name))
      .map(f -> f.location().startLine() + ":" + f.location().startColumn() + " " + f.message()).toList();
  }

  private static String fileName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
