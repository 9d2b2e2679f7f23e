package com.providercredentials.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file. Lines start at 1, columns at 0 (the convention of SonarQube's text ranges).
 * The end column is exclusive.
 */
public record SourceRange(String file, int startLine, int startColumn, int endLine, int endColumn)
  implements Comparable<SourceRange> {

  private static final Comparator<SourceRange> ORDER = Comparator.comparing(SourceRange::file)
    .thenComparingInt(SourceRange::startLine)
    .thenComparingInt(SourceRange::startColumn)
    .thenComparingInt(SourceRange::endLine)
    .thenComparingInt(SourceRange::endColumn);

  public SourceRange {
    Objects.requireNonNull(file, "file");
    if (startLine < 1 || endLine < startLine || (endLine == startLine && endColumn < startColumn) || startColumn < 0) {
      throw new IllegalArgumentException("Invalid range " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  public static SourceRange of(String file, int startLine, int startColumn, int endLine, int endColumn) {
    return new SourceRange(file, startLine, startColumn, endLine, endColumn);
  }

  /** The smallest range covering both, when both are in the same file; otherwise this one. */
  public SourceRange span(SourceRange other) {
    if (!file.equals(other.file)) {
      return this;
    }
    SourceRange first = compareTo(other) <= 0 ? this : other;
    boolean thisEndsLater = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
    SourceRange last = thisEndsLater ? this : other;
    return new SourceRange(file, first.startLine, first.startColumn, last.endLine, last.endColumn);
  }

  @Override
  public int compareTo(SourceRange o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
