package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An Android project without a single Java file: the plugin loads and the Kotlin rules report. */
@ExtendWith(SonarQubeExtension.class)
class KotlinOnlyTest {

  @Test
  void kotlin_only_project_is_analysed(SonarQube server) {
    SonarQube.Result scan = server.scan(Projects.path(server, "kotlin-app"), "kotlin-app");
    assertThat(scan.exitCode()).as(scan.output()).isZero();
    assertThat(scan.output()).contains("Sensor Provider Credentials [credentials]").doesNotContain("Sensor JavaSensor [java]");
    assertThat(server.issues("kotlin-app")).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-kotlin:TwilioCredentials app/build.gradle.kts:12 "
        + "Revoke this Twilio Auth Token (…5928) and issue short-lived Access Tokens from your backend instead.",
      "credentials-kotlin:AwsCredentials app/src/main/kotlin/com/example/notes/Sms.kt:17 "
        + "Revoke this AWS secret access key (…RDqD); give the app temporary credentials from Cognito or STS instead.",
      // the app signs in with account credentials, wherever their values come from
      "credentials-kotlin:ClientSideAccountCredentials app/src/main/kotlin/com/example/notes/Sms.kt:12 " + AndroidAppTest.CLIENT_SIDE_TWILIO,
      "credentials-kotlin:ClientSideAccountCredentials app/src/main/kotlin/com/example/notes/Sms.kt:15 " + AndroidAppTest.CLIENT_SIDE_AWS);
    assertThat(scan.output()).doesNotContain("be7a48df5cffe3e04d00d1a185ae5928").doesNotContain("XRWNgl+FkbK4YB/uNmFoGMHDJ6H5BCY+8bmCRDqD");
  }
}
