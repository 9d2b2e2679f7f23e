package com.providercredentials.its;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The sample projects under {@code its/projects/}. */
final class Projects {

  private Projects() {
  }

  static Path path(SonarQube server, String name) {
    return server.root().resolve("its/projects").resolve(name);
  }

  /** A copy of a sample project that a test may change. */
  static Path copy(SonarQube server, String name, Path target) {
    Path source = path(server, name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
