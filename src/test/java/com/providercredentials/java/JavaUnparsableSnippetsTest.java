package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
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
 * Snippets sonar-java cannot parse, read as tokens (docs/adr/016, 017): adjacent string literals are one value, as C
 * joins them, and a call passes the constants of the same text, and of its comments, by name.
 */
class JavaUnparsableSnippetsTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());

  @TempDir
  Path dir;

  @Test
  void adjacent_literals_are_one_value_and_names_pass_the_text_s_constants() {
    String source = """
      class Snippet {
        static final String ACCOUNT = "ACe2a6e365b82f7359976e79da1db3b04c";
        static final String LEGACY = "bd4d17c00bbf" "aac07bffe1e5381fc352";
        static final String UNUSED_MD5 = "900150983cd24fb0" "d6963f7d28e17f72";
        void init() {
          Twilio.init(ACCOUNT, LEGACY)
          // static final String OLD_KEY_ID = "AKIAYQLH3CZ56QDKOYNR";
          // static final String OLD_BLOB = "A/4DbKItFPMICtgDL3t40kp21CNETgG6Q2o7u8SD";
          // new BasicAWSCredentials(OLD_KEY_ID, OLD_BLOB);
          String expected = "d41d8cd98f00b204" "e9800998ecf8427e"; check(md5(""), expected);
        }
      """;
    List<Finding> findings = detect(source);
    assertThat(findings).extracting(Finding::masked, f -> f.location().startLine(), f -> f.location().startColumn(),
      f -> f.location().endColumn(), f -> f.message().contains("in a comment"), Finding::evidence)
      .containsExactly(tuple("…c352", 3, 31, 68, false, Finding.Evidence.CALL), tuple("…u8SD", 8, 38, 80, true, Finding.Evidence.CALL));
  }

  private List<Finding> detect(String source) {
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
    return DETECTOR.detect(candidates.units()).findings();
  }
}
