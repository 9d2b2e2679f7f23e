package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The default "Sonar way" gate fails the pull request that adds a credential, and passes once it is gone. */
@ExtendWith(SonarQubeExtension.class)
class QualityGateTest {

  private static final String KEY = "gate-demo";

  @Test
  void a_new_credential_fails_the_gate_and_removing_it_passes_it(SonarQube server, @TempDir Path work) throws IOException {
    Path project = Projects.copy(server, "android-app-clean", work.resolve("project"));

    SonarQube.Result first = server.scan(project, KEY, "-Dsonar.qualitygate.wait=true");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(gate(server).get("status").asText()).isEqualTo("OK");

    Path leak = project.resolve("app/src/main/java/com/example/rides/voice/QuickFix.java");
    Files.writeString(leak, """
      package com.example.rides.voice;

      import com.twilio.Twilio;

      class QuickFix {
          void init() {
              Twilio.init("AC280d31bbfcb3bdc1132f00f9e25b25dd", "b7432d2e3843e8cd2c7756d95658e7a7");
          }
      }
      """);
    SonarQube.Result second = server.scan(project, KEY, "-Dsonar.qualitygate.wait=true");
    assertThat(second.exitCode()).as("the scanner fails the build").isNotZero();
    assertThat(second.output()).contains("QUALITY GATE STATUS: FAILED");
    JsonNode failed = gate(server);
    assertThat(failed.get("status").asText()).isEqualTo("ERROR");
    assertThat(failed.get("conditions").toString()).contains("\"metricKey\":\"new_violations\"", "\"status\":\"ERROR\"");
    // the token, to revoke, and the app signing in with account credentials, to redesign
    assertThat(server.issues(KEY)).extracting(SonarQube.Issue::rule)
      .containsExactlyInAnyOrder("credentials-java:TwilioCredentials", "credentials-java:ClientSideAccountCredentials");

    Files.delete(leak);
    SonarQube.Result third = server.scan(project, KEY, "-Dsonar.qualitygate.wait=true");
    assertThat(third.exitCode()).as(third.output()).isZero();
    assertThat(gate(server).get("status").asText()).isEqualTo("OK");
  }

  private static JsonNode gate(SonarQube server) {
    return server.get("api/qualitygates/project_status", Map.of("projectKey", KEY)).get("projectStatus");
  }
}
