package com.providercredentials.java;

import com.providercredentials.core.SourceRange;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * The smallest tree of a file that covers a range the core reported: sonar-java's checks place issues on trees, not on
 * text ranges. A literal's range is the literal itself; a range inside a literal gets the literal.
 */
final class JavaTreeAt extends BaseTreeVisitor {

  private final SourceRange range;
  private Tree found;

  private JavaTreeAt(SourceRange range) {
    this.range = range;
  }

  @CheckForNull
  static Tree find(@Nullable Tree root, SourceRange range) {
    if (root == null) {
      return null;
    }
    JavaTreeAt finder = new JavaTreeAt(range);
    finder.scan(root);
    return finder.found;
  }

  @Override
  protected void scan(@Nullable Tree tree) {
    if (tree != null && covers(tree)) {
      found = tree;
      super.scan(tree);
    }
  }

  private boolean covers(Tree tree) {
    SyntaxToken first = tree.firstToken();
    SyntaxToken last = tree.lastToken();
    if (first == null || last == null) {
      return false;
    }
    Position start = first.range().start();
    Position end = last.range().end();
    return compare(start.line(), start.columnOffset(), range.startLine(), range.startColumn()) <= 0
      && compare(end.line(), end.columnOffset(), range.endLine(), range.endColumn()) >= 0;
  }

  private static int compare(int line, int column, int otherLine, int otherColumn) {
    return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
  }
}
