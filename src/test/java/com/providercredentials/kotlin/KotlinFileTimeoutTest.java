package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.AnalysisTimings;
import com.providercredentials.analysis.ProjectCandidates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;

/** The per-file bound in the Kotlin front-end, on an injected clock. */
class KotlinFileTimeoutTest {

  private static final String TOKEN = "5be1c0a94f7d23e86a0c1f4d9b2e7a63";

  @RegisterExtension
  LogTesterJUnit5 logs = new LogTesterJUnit5().setLevel(Level.DEBUG);

  @TempDir
  Path base;

  @Test
  void a_file_whose_tree_walk_exceeds_the_bound_is_abandoned_with_one_warning() throws IOException {
    StringBuilder big = new StringBuilder("package p\n\n");
    for (int i = 0; i < 2_000; i++) {
      big.append("val v").append(i).append(" = ").append(i).append(" + ").append(i).append('\n');
    }
    big.append("const val TWILIO_AUTH_TOKEN = \"").append(TOKEN).append("\"\n");
    String small = "package p\n\nconst val TWILIO_AUTH_TOKEN = \"" + TOKEN + "\"\n";

    AtomicLong clock = new AtomicLong();
    ProjectCandidates candidates = new ProjectCandidates();
    candidates.fileTimeout(20, () -> clock.addAndGet(1_000_000L));
    KotlinCollector.collect(candidates, inputFile("Big.kt", big.toString()), KotlinSamples.parse("Big.kt", big.toString()));
    KotlinCollector.collect(candidates, inputFile("Small.kt", small), KotlinSamples.parse("Small.kt", small));

    assertThat(candidates.units()).extracting(u -> u.file().substring(u.file().lastIndexOf('/') + 1)).containsExactly("Small.kt");
    assertThat(logs.logs(Level.WARN)).containsExactly(
      "Provider Credentials abandoned Big.kt: its analysis took longer than 20 ms (sonar.credentials.fileTimeout); its candidates are dropped");
    assertThat(candidates.timings().files()).isEqualTo(2);
    assertThat(candidates.timings().millis(AnalysisTimings.Part.KOTLIN)).isGreaterThan(20);
  }

  private InputFile inputFile(String name, String text) throws IOException {
    Files.writeString(base.resolve(name), text);
    return TestInputFileBuilder.create("module", name).setModuleBaseDir(base).setLanguage("kotlin").setType(InputFile.Type.MAIN)
      .setCharset(StandardCharsets.UTF_8).setContents(text).build();
  }
}
