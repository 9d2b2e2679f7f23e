package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.core.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultFileSystem;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.java.checks.verifier.CheckVerifier;

/** The Java front-end with its files' text read ahead (docs/adr/030) finds exactly what it finds reading them itself. */
class JavaReadAheadTest {

  @Test
  void every_sample_gives_the_same_findings_with_its_text_read_ahead() {
    List<Path> files = JavaSamples.javaFiles("").toList();
    assertThat(files).hasSizeGreaterThan(50);

    List<Finding> itself = findings(files, null);
    ProjectCandidates candidates = new ProjectCandidates();
    List<Finding> ahead = findings(files, candidates);

    assertThat(itself).isNotEmpty();
    assertThat(ahead).containsExactlyElementsOf(itself);
  }

  /** With {@code candidates}, the front-end reads ahead the files of a file system that holds every sample. */
  private static List<Finding> findings(List<Path> files, ProjectCandidates readingAhead) {
    ProjectCandidates candidates = readingAhead != null ? readingAhead : new ProjectCandidates();
    DefaultFileSystem fileSystem = null;
    if (readingAhead != null) {
      Path base = Path.of("").toAbsolutePath();
      fileSystem = new DefaultFileSystem(base).setEncoding(StandardCharsets.UTF_8);
      for (Path file : files) {
        fileSystem.add(TestInputFileBuilder.create("module", base.toFile(), file.toAbsolutePath().toFile())
          .setLanguage("java").setType(InputFile.Type.MAIN).setCharset(StandardCharsets.UTF_8).build());
      }
    }
    CheckVerifier.newVerifier().onFiles(files.stream().map(Path::toString).toList()).withClassPath(List.of())
      .withCheck(new JavaCandidateScanner(candidates, JavaSamples.DETECTOR, fileSystem)).verifyNoIssues();
    if (readingAhead != null) {
      assertThat(candidates.ahead().summary()).contains("read ahead on a background thread");
    }
    return JavaSamples.DETECTOR.detect(candidates.units()).findings();
  }
}
