package com.providercredentials.java;

import com.providercredentials.core.Detector;
import com.providercredentials.analysis.ProjectCandidates;
import java.nio.file.Path;
import java.util.List;
import org.sonar.java.checks.verifier.CheckVerifier;

/** The Java front-end run by sonar-java's test harness over files, for tests of other packages. */
public final class JavaTestSupport {

  private JavaTestSupport() {
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
