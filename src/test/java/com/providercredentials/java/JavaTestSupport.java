package com.providercredentials.java;

import com.providercredentials.core.Detector;
import com.providercredentials.analysis.ProjectCandidates;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sonar.java.checks.verifier.CheckVerifier;

/** The Java front-end run by sonar-java's test harness over files, for tests of other packages. */
public final class JavaTestSupport {

  private JavaTestSupport() {
  }

  /** The file id sonar-java's test harness gives a file: {@code InputFile#uri}, a {@code File} URI. */
  public static String fileId(Path file) {
    return file.toAbsolutePath().toFile().toURI().toString();
  }

  /** Every file with its file id, for {@link com.providercredentials.testing.MarkerVerifier}. */
  public static Map<Path, String> fileIds(List<Path> files) {
    Map<Path, String> ids = new LinkedHashMap<>();
    files.forEach(f -> ids.put(f, fileId(f)));
    return ids;
  }

  public static ProjectCandidates collect(List<Path> files, Detector detector) {
    ProjectCandidates candidates = new ProjectCandidates();
    CheckVerifier.newVerifier()
      .onFiles(files.stream().map(Path::toString).toList())
      .withClassPath(List.of())
      .withCheck(new JavaCandidateScanner(candidates, detector))
      .verifyNoIssues();
    return candidates;
  }
}
