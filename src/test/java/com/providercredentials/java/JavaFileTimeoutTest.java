package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.analysis.AnalysisTimings;
import com.providercredentials.analysis.ProjectCandidates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;
import org.sonar.java.checks.verifier.CheckVerifier;

/** The per-file bound in the Java front-end, on an injected clock: a long file is abandoned, a short one is not. */
class JavaFileTimeoutTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String TOKEN = "9f3c61ad2b7e40c58e1d6a0b4f27c9e3";

  @RegisterExtension
  LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.DEBUG);

  @TempDir
  Path dir;

  @Test
  void a_file_whose_tree_walk_exceeds_the_bound_is_abandoned_with_one_warning() throws IOException {
    StringBuilder big = new StringBuilder("class Big {\n");
    for (int i = 0; i < 2_000; i++) {
      big.append("  int f").append(i).append(" = ").append(i).append(" + ").append(i).append(";\n");
    }
    big.append("  static final String TWILIO_AUTH_TOKEN = \"").append(TOKEN).append("\";\n}\n");
    Path bigFile = Files.writeString(dir.resolve("Big.java"), big);
    Path small = Files.writeString(dir.resolve("Small.java"), "class Small {\n  static final String TWILIO_AUTH_TOKEN = \"" + TOKEN + "\";\n}\n");

    AtomicLong clock = new AtomicLong();
    ProjectCandidates candidates = new ProjectCandidates();
    candidates.fileTimeout(20, () -> clock.addAndGet(1_000_000L)); // one millisecond per read of the clock
    CheckVerifier.newVerifier().onFiles(List.of(bigFile.toString(), small.toString())).withClassPath(List.of())
      .withCheck(new JavaCandidateScanner(candidates, DETECTOR)).verifyNoIssues();

    assertThat(candidates.units()).extracting(u -> u.file().substring(u.file().lastIndexOf('/') + 1)).containsExactly("Small.java");
    assertThat(logs.logs(Level.WARN)).hasSize(1).allSatisfy(line -> assertThat(line)
      .startsWith("Provider Credentials abandoned ").contains("Big.java")
      .endsWith(": its analysis took longer than 20 ms (sonar.credentials.fileTimeout); its candidates are dropped")
      .doesNotContain(TOKEN));
    assertThat(candidates.timings().files()).isEqualTo(2);
    assertThat(candidates.timings().millis(AnalysisTimings.Part.JAVA)).isGreaterThan(20);
  }
}
