package com.providercredentials.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module a file belongs to: the nearest directory above it with a Gradle or Maven build file
 * ({@code app/} for {@code app/src/main/java/...}). Resources of one module pair with each other; two
 * modules are two applications for the shared-account rule.
 */
public final class ModuleResolver {

  private static final List<String> BUILD_FILES = List.of("build.gradle", "build.gradle.kts", "pom.xml");

  /** Per directory: the nearest directory at or above it with a build file, or empty. Each directory is looked at once. */
  private final Map<Path, Optional<Path>> moduleOfDirectory = new ConcurrentHashMap<>();

  /** The module directory of a file, or its own directory when no build file is found above it. */
  public Path moduleOf(Path file) {
    Path directory = file.toAbsolutePath().normalize().getParent();
    return directory == null ? file : find(directory).orElse(directory);
  }

  private Optional<Path> find(Path directory) {
    // iterative: the directories from this one up to the first one already known
    List<Path> unknown = new ArrayList<>();
    Optional<Path> found = Optional.empty();
    for (Path current = directory; current != null; current = current.getParent()) {
      Optional<Path> known = moduleOfDirectory.get(current);
      if (known != null) {
        found = known;
        break;
      }
      if (hasBuildFile(current)) {
        found = Optional.of(current);
        moduleOfDirectory.put(current, found);
        break;
      }
      unknown.add(current);
    }
    // a directory without a build file belongs to the module of its parent
    for (Path each : unknown) {
      moduleOfDirectory.put(each, found);
    }
    return found;
  }

  private static boolean hasBuildFile(Path directory) {
    for (String buildFile : BUILD_FILES) {
      if (Files.isRegularFile(directory.resolve(buildFile))) {
        return true;
      }
    }
    return false;
  }
}
