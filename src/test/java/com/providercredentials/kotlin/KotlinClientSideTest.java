package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule ClientSideAccountCredentials on Kotlin: an Android module (by its build script) and a Ktor backend. The issues,
 * with where each credential comes from as a secondary location, are the samples' markers, verified by
 * {@code rules/RuleSamplesTest}.
 */
class KotlinClientSideTest {

  private static List<Finding> findings;
  private static KotlinSamples.Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = KotlinSamples.analyse(Path.of("src/test/files/rules/ClientSideAccountCredentials/kotlin"));
    findings = new ClientSideCheck(SpecLoader.builtIn()).run(analysis.units(), analysis.findings());
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
