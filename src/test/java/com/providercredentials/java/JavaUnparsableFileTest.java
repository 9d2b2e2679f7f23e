package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.plugins.java.api.JavaFileScannerContext;

/**
 * A Java file sonar-java cannot parse (adjacent string literals, a snippet) reaches the checks with no tree and
 * {@code fileParsed()} false (sonar-java's VisitorsBridge, on a parse error): the front-end reads it as tokens instead
 * (docs/adr/016), so that a credential in plain sight is no blind spot; its comments stay comments. sonar-java's own
 * verifier refuses such files, so the context is made here as sonar-java makes it.
 */
class JavaUnparsableFileTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());

  @TempDir
  Path dir;

  @Test
  void a_file_that_does_not_parse_is_read_as_tokens() {
    String source = """
      class Snippet {
        void init() {
          Twilio.init("AC5d0bd2b1d8a0e3c4f5a6b7c8d9e0f1a2" "4c1e0fd3b2a5968778695a4b3c2d1e0f");
          Twilio.init("AC5d0bd2b1d8a0e3c4f5a6b7c8d9e0f1a2", "0f1e2d3c4b5a69788796a5b4c3d2e1f0") // no semicolon
          // String TWILIO_AUTH_TOKEN = "1e2d3c4b5a69788796a5b4c3d2e1f0a9";
        }
      """;
    InputFile file = TestInputFileBuilder.create("module", "Snippet.java").setModuleBaseDir(dir).setLanguage("java")
      .setType(InputFile.Type.MAIN).setCharset(StandardCharsets.UTF_8).setContents(source).build();
    JavaFileScannerContext context = (JavaFileScannerContext) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {JavaFileScannerContext.class}, (proxy, method, args) -> switch (method.getName()) {
        case "getInputFile" -> file;
        case "fileParsed" -> false;
        case "getFileContent" -> source;
        default -> null;
      });
    ProjectCandidates candidates = new ProjectCandidates();
    new JavaCandidateScanner(candidates, DETECTOR).scanFile(context);

    assertThat(candidates.units()).extracting(SourceUnit::inComments).containsExactly(false, true);
    List<Finding> findings = DETECTOR.detect(candidates.units()).findings();
    assertThat(findings).extracting(Finding::masked, f -> f.location().startLine(), f -> f.message().contains("in a comment"))
      .containsExactly(tuple("…e1f0", 4, false), tuple("…f0a9", 5, true));
  }
}
