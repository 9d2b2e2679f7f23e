package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.testing.MarkerVerifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule ClientSideAccountCredentials on Kotlin: an Android module (by its build script) and a Ktor backend. */
class KotlinClientSideTest {

  private static List<Finding> findings;
  private static KotlinSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = KotlinSamples.analyse(Path.of("src/test/files/kotlin-clientside"));
    findings = new ClientSideCheck(SpecLoader.builtIn()).run(analysis.units(), analysis.findings());
  }

  @Test
  void every_file_raises_exactly_its_expected_issues() {
    MarkerVerifier.verify(findings, analysis.files());
  }

  @Test
  void each_issue_opens_the_android_guidance_of_its_provider() {
    assertThat(clientSide()).extracting(f -> f.provider().id() + " " + f.context())
      .containsExactly("twilio twilio_android_sdks", "twilio twilio_android_sdks", "twilio twilio_android_sdks", "twilio twilio_android_sdks",
        "twilio twilio_android_sdks", "twilio twilio_android_sdks", "twilio twilio_android_sdks", "aws aws_sdk_for_android", "aws aws_sdk_for_android");
    // the literal token is also reported by TwilioCredentials, in the same guidance
    assertThat(findings).filteredOn(f -> f.rule().equals("TwilioCredentials")).extracting(Finding::context).containsExactly("twilio_android_sdks");
  }

  private static List<Finding> clientSide() {
    return findings.stream().filter(f -> f.rule().equals(ClientSideCheck.RULE)).toList();
  }
}
