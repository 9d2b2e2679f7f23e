package com.providercredentials.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import com.providercredentials.testing.MarkerVerifier.Reported;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier fails on every difference between the markers and the issues, and passes on none. */
class MarkerVerifierTest {

  private static final String GRADLE = """
    def token = "fac1991b571b94358e4cd47f4f91b945" // Noncompliant {{Revoke it}} [[id=tok]]
    //          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    def sid = "ACb68672e793c651be09c1bf4e7bb6c011"
    //        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{The SID}}
    """;
  private static final String PROPERTIES = """
    # Noncompliant@+1 {{Revoke this one}}
    secret=u1iCe9/VNDkQbLcLkzOwxgWm6ZXjbZuv4gDrOpHj
    # S    ^^^^^^ #tok {{Read here}}
    """;
  private static final String XML = """
    <resources>
        <string name="quiet">nothing</string>
    </resources>
    """;

  @TempDir
  Path dir;
  private final Map<Path, String> files = new LinkedHashMap<>();

  @BeforeEach
  void write() throws IOException {
    put("build.gradle", GRADLE);
    put("gradle.properties", PROPERTIES);
    put("strings.xml", XML);
  }

  @Test
  void the_issues_the_markers_expect_pass() {
    assertThatCode(() -> MarkerVerifier.verifyReported(expected(), files)).doesNotThrowAnyException();
  }

  @Test
  void another_message_fails() {
    List<Reported> issues = expected();
    issues.set(1, new Reported("R", issues.get(1).location(), "Revoke that one", List.of()));
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(issues, files)).isInstanceOf(AssertionError.class).hasMessageContaining("Revoke that one");
  }

  @Test
  void another_range_fails() {
    List<Reported> issues = expected();
    Reported token = issues.get(0);
    issues.set(0, new Reported("R", range("build.gradle", 1, 13, 47), token.message(), token.secondaries()));
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(issues, files)).isInstanceOf(AssertionError.class).hasMessageContaining("[13-47]");
  }

  @Test
  void a_missing_secondary_in_another_file_fails() {
    List<Reported> issues = expected();
    Reported token = issues.get(0);
    issues.set(0, new Reported("R", token.location(), token.message(), token.secondaries().subList(0, 1)));
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(issues, files)).isInstanceOf(AssertionError.class).hasMessageContaining("Read here");
  }

  @Test
  void an_issue_in_a_file_without_markers_fails() {
    List<Reported> issues = expected();
    issues.add(new Reported("R", range("strings.xml", 2, 25, 32), "Revoke it", List.of()));
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(issues, files)).isInstanceOf(AssertionError.class).hasMessageContaining("strings.xml:2");
  }

  @Test
  void a_missing_issue_fails() {
    List<Reported> issues = expected();
    issues.remove(1);
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(issues, files)).isInstanceOf(AssertionError.class).hasMessageContaining("Revoke this one");
  }

  @Test
  void markers_that_refer_to_nothing_fail() throws IOException {
    put("gradle.properties", PROPERTIES.replace("#tok", "#nothing"));
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(expected(), files)).hasMessageContaining("no issue named #nothing");
    put("gradle.properties", "key=value\n#   ^^^^^\n");
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(expected(), files)).hasMessageContaining("no issue expected on line 1");
    put("gradle.properties", "# Noncompliant [[sc=1;ec=2]]\n");
    assertThatThrownBy(() -> MarkerVerifier.verifyReported(expected(), files)).hasMessageContaining("unreadable Noncompliant comment");
  }

  private List<Reported> expected() {
    Finding.Secondary sid = new Finding.Secondary(range("build.gradle", 3, 10, 46), "The SID");
    Finding.Secondary read = new Finding.Secondary(range("gradle.properties", 2, 7, 13), "Read here");
    return new ArrayList<>(List.of(
      new Reported("R", range("build.gradle", 1, 12, 46), "Revoke it", List.of(sid, read)),
      new Reported("R", range("gradle.properties", 2, 7, 47), "Revoke this one", List.of())));
  }

  private SourceRange range(String file, int line, int start, int end) {
    return SourceRange.of(files.get(dir.resolve(file)), line, start, line, end);
  }

  private void put(String name, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(name), text);
    files.put(file, "id:" + name);
  }
}
