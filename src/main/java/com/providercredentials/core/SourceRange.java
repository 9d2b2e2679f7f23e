package com.providercredentials.core;

import java.util.Objects;

/**
 * A place in a source file. Lines start at 1, columns at 0 (the convention of SonarQube's text ranges).
 * The end column is exclusive.
 */
public record SourceRange(String file, int startLine, int startColumn, int endLine, int endColumn)
  implements Comparable<SourceRange> {

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

  /** By file, then start, then end. Ranges of one file share its name: compared without reading it (the core sorts many). */
  @Override
  public int compareTo(SourceRange o) {
    int byFile = file == o.file ? 0 : file.compareTo(o.file);
    if (byFile != 0) {
      return byFile;
    }
    int c = Integer.compare(startLine, o.startLine);
    if (c == 0) {
      c = Integer.compare(startColumn, o.startColumn);
    }
    if (c == 0) {
      c = Integer.compare(endLine, o.endLine);
    }
    return c != 0 ? c : Integer.compare(endColumn, o.endColumn);
  }

  // written out rather than generated: a record's generated methods run through method handles, slow until compiled,
  // and the core hashes every literal's range once per analysis
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceRange r && startLine == r.startLine && startColumn == r.startColumn && endLine == r.endLine
      && endColumn == r.endColumn && file.equals(r.file);
  }

  @Override
  public int hashCode() {
    return (((file.hashCode() * 31 + startLine) * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
  }

  @Override
  public String toString() {
    return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
