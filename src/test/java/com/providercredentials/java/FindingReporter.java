package com.providercredentials.java;

import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
import com.providercredentials.analysis.ProjectCandidates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Test-only check for sonar-java's {@code CheckVerifier}: raises, in each file, the findings the detection
 * core made over the whole sample project, from the token where the finding starts to the token where it
 * ends, with their secondary locations in the same file (on the tree that spans each), so that sonar-java's
 * verifier checks them against the {@code // Noncompliant} comments and the {@code ^^^<} / {@code ^^^>} lines.
 */
class FindingReporter extends IssuableSubscriptionVisitor {

  private final List<Finding> findings;
  private final List<SyntaxToken> tokens = new ArrayList<>();
  private final List<Tree> trees = new ArrayList<>();

  FindingReporter(List<Finding> findings) {
    this.findings = findings;
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.values());
  }

  @Override
  public void visitNode(Tree tree) {
    trees.add(tree);
  }

  @Override
  public void setContext(JavaFileScannerContext context) {
    tokens.clear();
    trees.clear();
    super.setContext(context);
  }

  @Override
  public void visitToken(SyntaxToken token) {
    tokens.add(token);
  }

  @Override
  public void leaveFile(JavaFileScannerContext context) {
    String file = ProjectCandidates.fileId(context.getInputFile());
    for (Finding finding : findings) {
      SourceRange range = finding.location();
      if (range.file().equals(file)) {
        SyntaxToken first = tokens.stream().filter(t -> starts(t, range)).findFirst()
          .orElseThrow(() -> new AssertionError("No token starts at " + range));
        SyntaxToken last = tokens.stream().filter(t -> ends(t, range)).findFirst()
          .orElseThrow(() -> new AssertionError("No token ends at " + range));
        // the secondaries in this file, on the tree that spans each; those in other files are left to MarkerVerifier
        List<JavaFileScannerContext.Location> secondaries = finding.secondaries().stream()
          .filter(s -> s.location().file().equals(file))
          .map(s -> new JavaFileScannerContext.Location(s.message(), spanning(s.location())))
          .toList();
        context.reportIssue(this, first, last, finding.message(), secondaries, null);
      }
    }
    super.leaveFile(context);
  }

  private Tree spanning(SourceRange range) {
    return Stream.concat(tokens.stream(), trees.stream())
      .filter(t -> t.firstToken() != null && starts(t.firstToken(), range) && ends(t.lastToken(), range))
      .findFirst().orElseThrow(() -> new AssertionError("No tree spans " + range));
  }

  private static boolean starts(SyntaxToken token, SourceRange range) {
    Position start = Position.startOf(token);
    return start.line() == range.startLine() && start.columnOffset() == range.startColumn();
  }

  private static boolean ends(SyntaxToken token, SourceRange range) {
    Position end = Position.endOf(token);
    return end.line() == range.endLine() && end.columnOffset() == range.endColumn();
  }
}
