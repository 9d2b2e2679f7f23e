package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.testing.SampleVerifier;
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
    SampleVerifier.verify(findings, analysis.files());
  }

  @Test
  void each_issue_names_where_the_credential_comes_from() {
    assertThat(clientSide().stream().map(f -> f.location().startLine() + " " + f.secondaries().stream().map(Finding.Secondary::message).toList()))
      .containsExactly(
        "17 [Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK]",
        "22 [Read from the string resource twilio_token, packaged in the APK]",
        "27 [Read from the manifest's meta-data, packaged in the APK]",
        "32 [Decoded at run time: the encoded bytes and the code that decodes them ship in the APK]",
        "36 [Returned by native code: native libraries are extracted from an APK as easily as the rest]",
        "41 [The credential is written here, in the app's code]",
        "45 []",
        "48 [Read from BuildConfig.AWS_SECRET_KEY, which the build writes into the APK]",
        "49 []");
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
