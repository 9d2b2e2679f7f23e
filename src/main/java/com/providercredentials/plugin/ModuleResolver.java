package com.providercredentials.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module a file belongs to: the nearest directory above it with a Gradle or Maven build file
 * ({@code app/} for {@code app/src/main/java/...}). Resources of one module pair with each other; two
 * modules are two applications for the shared-account rule.
 */
public final class ModuleResolver {

  private static final List<String> BUILD_FILES = List.of("build.gradle", "build.gradle.kts", "pom.xml");

  private final Map<Path, Path> moduleOfDirectory = new ConcurrentHashMap<>();

  /** The module directory of a file, or its own directory when no build file is found above it. */
  public Path moduleOf(Path file) {
    Path directory = file.toAbsolutePath().normalize().getParent();
    return directory == null ? file : moduleOfDirectory.computeIfAbsent(directory, ModuleResolver::find);
  }

  private static Path find(Path directory) {
    for (Path current = directory; current != null; current = current.getParent()) {
      for (String buildFile : BUILD_FILES) {
        if (Files.isRegularFile(current.resolve(buildFile))) {
          return current;
        }
      }
    }
    return directory;
  }
}
