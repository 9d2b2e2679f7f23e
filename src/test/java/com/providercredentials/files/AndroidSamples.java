package com.providercredentials.files;

import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.java.JavaTestSupport;
import com.providercredentials.analysis.FileAnalysis;
import com.providercredentials.analysis.ModuleResolver;
import com.providercredentials.analysis.ProjectCandidates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sample project on disk analysed as the plugin does: Java through sonar-java's test harness, the other
 * files through their front-ends, then the core over everything at once.
 */
final class AndroidSamples {

  static final Detector DETECTOR = new Detector(SpecLoader.builtIn());

  record Analysis(List<Finding> findings, Map<Path, String> resourceFiles, List<Path> javaFiles) {
  }

  static Analysis analyse(Path root) {
    ModuleResolver modules = new ModuleResolver();
    List<SourceUnit> units = new ArrayList<>();
    Map<Path, String> resources = new LinkedHashMap<>();
    List<Path> javaFiles;
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      javaFiles = files.stream().filter(p -> p.toString().endsWith(".java")).toList();
      for (Path file : files) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        for (FileFrontEnd frontEnd : FileAnalysis.FRONT_ENDS) {
          if (frontEnd.accepts(relative, null)) {
            String id = file.toAbsolutePath().toUri().toString();
            SourceUnit unit = new SourceUnit(id, modules.moduleOf(file).toString(), SourceUnit.Kind.RESOURCE);
            frontEnd.read(Files.readString(file, StandardCharsets.UTF_8), unit);
            units.add(unit);
            resources.put(file, id);
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FileFrontEnd.UnreadableFile e) {
      throw new IllegalStateException(e);
    }
    if (!javaFiles.isEmpty()) {
      ProjectCandidates candidates = JavaTestSupport.collect(javaFiles, DETECTOR);
      units.addAll(candidates.units());
    }
    return new Analysis(DETECTOR.detect(units).findings(), resources, javaFiles);
  }
}
