package com.providercredentials.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jars of {@code sonar.java.libraries} (docs/adr/029): files, folders (their jars) and patterns
 * ({@code libs/*.jar}, {@code /home/ci/.gradle/caches/**}{@code /*.jar}), relative to the project's base folder or
 * absolute, as sonar-java reads them.
 */
final class Libraries {

  /** How deep a pattern's folder is walked. */
  private static final int MAX_DEPTH = 12;
  /** {@code analytics-sdk} of {@code analytics-sdk-2.1.0.jar}, {@code guava} of {@code guava-33.3.1-jre.jar}. */
  private static final Pattern VERSIONED = Pattern.compile("(.+?)-\\d[^/]*");

  private Libraries() {
  }

  static List<Path> of(String[] entries, Path base) {
    Set<Path> jars = new LinkedHashSet<>();
    for (String entry : entries) {
      String trimmed = entry.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int wildcard = firstWildcard(trimmed);
      if (wildcard < 0) {
        Path path = base.resolve(trimmed);
        if (Files.isDirectory(path)) {
          jars.addAll(walk(path, 1, p -> true));
        } else if (isArchive(path) && Files.isRegularFile(path)) {
          jars.add(path);
        }
      } else {
        int slash = trimmed.lastIndexOf('/', wildcard);
        Path root = base.resolve(slash < 0 ? "." : trimmed.substring(0, Math.max(1, slash)));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + root.resolve(slash < 0 ? trimmed : trimmed.substring(slash + 1)).normalize());
        jars.addAll(walk(root, MAX_DEPTH, p -> matcher.matches(p.normalize())));
      }
    }
    return new ArrayList<>(jars);
  }

  static String artifactName(String fileName) {
    String base = fileName.endsWith(".jar") || fileName.endsWith(".aar") ? fileName.substring(0, fileName.length() - 4) : fileName;
    Matcher versioned = VERSIONED.matcher(base);
    return versioned.matches() ? versioned.group(1) : base;
  }

  private static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isArchive(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".aar");
  }

  private static List<Path> walk(Path root, int depth, java.util.function.Predicate<Path> matches) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root, depth)) {
      return walk.filter(p -> isArchive(p) && Files.isRegularFile(p) && matches.test(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }
}
