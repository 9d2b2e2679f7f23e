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
    Analysis analysis = JavaSamples.analyse(classpath, "clientside");
    List<Finding> findings = CHECK.run(analysis.candidates().units(), analysis.findings());
    analysis.verifyIssues(findings);

    assertThat(clientSide(findings).stream().map(f -> f.location().startLine() + " " + f.secondaries().stream().map(Finding.Secondary::message).toList()))
      .containsExactly(
        "29 [Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK]",
        "34 [Read from the string resource twilio_token, packaged in the APK]",
        "39 [Read from the manifest's meta-data, packaged in the APK]",
        "43 [Decoded at run time: the encoded bytes and the code that decodes them ship in the APK]",
        "47 [Returned by native code: native libraries are extracted from an APK as easily as the rest]",
        "52 [The credential is written here, in the app's code]",
        "56 []",
        "61 []",
        "66 [Read from BuildConfig.AWS_SECRET_KEY, which the build writes into the APK]",
        "67 [Read from the string resource aws_secret, packaged in the APK]");
    assertThat(clientSide(findings)).extracting(Finding::context).containsOnly("twilio_android_sdks", "aws_sdk_for_android");
    // the Spring backend stays silent
    assertThat(findings).noneMatch(f -> f.location().file().endsWith("SmsBackend.java"));
  }

  private static List<Finding> clientSide(List<Finding> findings) {
    return findings.stream().filter(f -> f.rule().equals(ClientSideCheck.RULE)).toList();
  }
}
