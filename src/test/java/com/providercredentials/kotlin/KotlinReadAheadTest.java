package com.providercredentials.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultFileSystem;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;

/** The Kotlin front-end with its files' text read ahead (docs/adr/030) finds exactly what it finds reading them itself. */
class KotlinReadAheadTest {

  @TempDir
  Path temp;

  @Test
  void every_sample_gives_the_same_findings_with_its_text_read_ahead() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/files/rules"))) {
      files = walk.filter(p -> p.toString().endsWith(".kt") || p.toString().endsWith(".kts")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(40);
    Path base = Path.of("").toAbsolutePath();

    List<Finding> itself = findings(base, files, false);
    List<Finding> ahead = findings(base, files, true);

    assertThat(itself).isNotEmpty();
    assertThat(ahead).containsExactlyElementsOf(itself);
  }

  @Test
  void lines_and_columns_are_the_trees_whatever_the_line_ends() throws IOException {
    String text = "package p\r\n\r\nval x = 1\r"
      + "    // val credentials = BasicAWSCredentials(accessKey = \"AKIAF4TQTVE5RU7WPJ62\", secretKey = \"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\")\r\n";
    Path file = temp.resolve("Crlf.kt");
    Files.writeString(file, text);

    List<Finding> itself = findings(temp, List.of(file), false);
    List<Finding> ahead = findings(temp, List.of(file), true);

    assertThat(itself).extracting(Finding::location).extracting(SourceRange::startLine).containsExactly(4);
    assertThat(ahead).containsExactlyElementsOf(itself);
  }

  private static List<Finding> findings(Path base, List<Path> files, boolean readAhead) throws IOException {
    ProjectCandidates candidates = new ProjectCandidates();
    DefaultFileSystem fileSystem = new DefaultFileSystem(base).setEncoding(StandardCharsets.UTF_8);
    List<InputFile> inputs = new ArrayList<>();
    for (Path file : files) {
      InputFile input = TestInputFileBuilder.create("module", base.toFile(), file.toAbsolutePath().toFile())
        .setLanguage("kotlin").setType(InputFile.Type.MAIN).setCharset(StandardCharsets.UTF_8).build();
      fileSystem.add(input);
      inputs.add(input);
    }
    for (int i = 0; i < files.size(); i++) {
      // sonar-kotlin parses the text with its line ends made \n (KotlinTree)
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8).replaceAll("\r\n?", "\n");
      KotlinCollector.collect(candidates, inputs.get(i), KotlinSamples.parse(files.get(i).getFileName().toString(), text),
        readAhead ? fileSystem : null);
    }
    if (readAhead) {
      assertThat(candidates.ahead().summary()).contains("read ahead on a background thread");
    }
    return KotlinSamples.DETECTOR.detect(candidates.units()).findings();
  }
}
