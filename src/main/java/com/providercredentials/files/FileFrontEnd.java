package com.providercredentials.files;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;

/**
 * A front-end for a kind of file read as text (Android resources, the manifest, Gradle, properties, JSON):
 * it turns the file into candidates for the detection core. It never sees SonarQube types, so that it can
 * be tested on plain strings; a file it cannot read raises {@link UnreadableFile}.
 */
public interface FileFrontEnd {

  /** A short name for logs: "XML", "Gradle"... */
  String name();

  /**
   * Whether this front-end reads the file.
   *
   * @param path     the path relative to the project, with {@code /} separators
   * @param language the file's language for SonarQube, or null
   */
  boolean accepts(String path, String language);

  /** Adds what the file holds to {@code unit}. */
  void read(String text, SourceUnit unit) throws UnreadableFile;

  /**
   * Adds what the file's comments hold to {@code comments}, a unit of {@link SourceUnit#commentsOf} ({@code #twilio.auth.token=…},
   * a commented-out {@code buildConfigField}); called after {@link #read}. Most files' comments are not read.
   */
  default void readComments(String text, SourceUnit comments, Detector detector) {
    // no comments to read in this kind of file
  }

  /** The file is not what its name says (malformed, binary...): it is skipped. */
  final class UnreadableFile extends Exception {
    public UnreadableFile(String reason) {
      super(reason);
    }
  }
}
