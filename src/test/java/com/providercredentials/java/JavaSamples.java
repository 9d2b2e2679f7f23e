package com.providercredentials.java;

import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.analysis.ProjectCandidates;
import com.providercredentials.testing.MarkerVerifier;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sonar.java.checks.verifier.CheckVerifier;

/** Runs the Java front-end on sample files through sonar-java's own test harness, then the detection core. */
final class JavaSamples {

  static final Path ROOT = Path.of("src/test/files/rules");
  static final Detector DETECTOR = new Detector(SpecLoader.builtIn());

  enum Classpath {
    /** The common case in CI: no bytecode, no libraries; Twilio and AWS types do not resolve. */
    NONE,
    /** The SDK jars on {@code sonar.java.libraries}: calls resolve to their declaring types. */
    LIBRARIES,
    /** No semantic model at all. */
    NO_SEMANTIC
  }

  record Analysis(List<Finding> findings, List<Path> files, Classpath classpath, ProjectCandidates candidates) {

    /**
     * Checks the findings against the {@code // Noncompliant} comments of the sample files with sonar-java's
     * own verifier: exact lines, messages and ranges, and no other issue.
     */
    void verifyIssues() {
      verifyIssues(findings);
    }

    /**
     * The same, for the findings of more rules than the detector's (ClientSideAccountCredentials). sonar-java's
     * verifier checks the secondary locations in the same file; {@link MarkerVerifier} all of them, those in other
     * files included ({@code S ^^^ #id} lines, which sonar-java's verifier ignores).
     */
    void verifyIssues(List<Finding> all) {
      MarkerVerifier.verify(all, JavaTestSupport.fileIds(files));
      verifier(files, classpath).withCheck(new FindingReporter(all)).verifyIssues();
    }
  }

  /** Pass 1: the front-end collects candidates from every file; then the core runs over all of them at once. */
  static Analysis analyse(Classpath classpath, String... folders) {
    List<Path> files = Stream.of(folders).flatMap(JavaSamples::javaFiles).toList();
    ProjectCandidates candidates = new ProjectCandidates();
    verifier(files, classpath).withCheck(new JavaCandidateScanner(candidates, DETECTOR)).verifyNoIssues();
    return new Analysis(DETECTOR.detect(candidates.units()).findings(), files, classpath, candidates);
  }

  private static CheckVerifier verifier(List<Path> files, Classpath classpath) {
    CheckVerifier verifier = CheckVerifier.newVerifier().onFiles(files.stream().map(Path::toString).toList());
    return switch (classpath) {
      case NONE -> verifier.withClassPath(List.of());
      case LIBRARIES -> verifier.withClassPath(libraries());
      case NO_SEMANTIC -> verifier.withoutSemantic();
    };
  }

  static Stream<Path> javaFiles(String folder) {
    try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jars of the SDKs the samples call, from the test classpath. */
  static List<File> libraries() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
      .filter(p -> p.contains("twilio") || p.contains("aws-java-sdk-core") || p.contains("awssdk") || p.contains("okhttp"))
      .map(File::new)
      .toList();
  }
}
