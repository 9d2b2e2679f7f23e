package com.providercredentials.lowering;

import com.providercredentials.core.Detector;

/**
 * What the Java and Kotlin front-ends read every file's text with, made once for the specs a detector reads: the gate
 * (docs/adr/025) and the reader of comments, which remembers the comments it has read. Neither keeps state of a file,
 * so one pair serves every file and analysis of a scanner or an IDE.
 */
public record FileReaders(SourceGate gate, CodeComments comments) {

  private static volatile FileReaders current;

  /** The readers for {@code detector}'s specs: the last ones made, or new ones when the specs changed. */
  public static FileReaders of(Detector detector) {
    FileReaders readers = current;
    if (readers == null || !readers.gate.readsFor(detector)) {
      readers = new FileReaders(new SourceGate(detector), new CodeComments(detector));
      current = readers;
    }
    return readers;
  }
}
