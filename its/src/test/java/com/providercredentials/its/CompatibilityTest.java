package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility matrix (README, "Compatibility"; docs/adr/023): the four sample projects on older Community Builds,
 * each run compared with what was measured for that version ({@code its/compat/VERSION.txt}). Each build is a 0.8–0.9
 * GB download and about 4 minutes, so the default run (CI) skips it; run it with
 * {@code mvn -f its/pom.xml verify -Dtest=CompatibilityTest -Dits.compat=26.1.0.118079,25.1.0.102122}.
 */
class CompatibilityTest {

  private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
  /** 25.x servers' Elasticsearch refuses JDK 25: they run on the machine's JDK 17. */
  private static final String JDK17_JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";

  @TestFactory
  List<DynamicTest> each_version_does_what_was_measured_for_it() {
    String versions = System.getProperty("its.compat", "");
    assumeTrue(!versions.isBlank(), "-Dits.compat=VERSION,... not set: the compatibility matrix is a separate run");
    List<DynamicTest> tests = new ArrayList<>();
    for (String version : Arrays.stream(versions.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList()) {
      tests.add(DynamicTest.dynamicTest(version, () -> runCompat(version)));
    }
    return tests;
  }

  private static void runCompat(String version) throws IOException, InterruptedException {
    Path expected = ROOT.resolve("its/compat/" + version + ".txt");
    assertThat(expected).as("what was measured for " + version).exists();
    ProcessBuilder process = new ProcessBuilder("bash", ROOT.resolve("tools/compat.sh").toString(), version,
      System.getProperty("plugin.jar")).directory(ROOT.toFile()).redirectErrorStream(true);
    if (version.startsWith("25.") && Files.exists(Path.of(JDK17_JAVA))) {
      process.environment().put("SONAR_JAVA", JDK17_JAVA);
    }
    Path log = Files.createTempFile("compat-" + version, ".log");
    process.redirectOutput(log.toFile());
    Process run = process.start();
    assertThat(run.waitFor(20, TimeUnit.MINUTES)).as("tools/compat.sh " + version + " within 20 minutes").isTrue();
    String output = Files.readString(log);
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("SonarQube " + version + ": as expected");
  }
}
