package com.providercredentials.analysis;

import com.providercredentials.binaries.BinaryFrontEnd;
import com.providercredentials.core.Detector;
import com.providercredentials.files.AndroidXmlFrontEnd;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.files.JsonFrontEnd;
import com.providercredentials.files.PropertiesFrontEnd;
import com.providercredentials.core.SourceUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.PropertyType;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import com.providercredentials.core.SourceRange;
import org.sonar.api.config.Configuration;
import org.sonar.api.config.PropertyDefinition;

/**
 * The artifacts a module bundles from its {@code libs/} folder (jars and AARs) and the apps its build left in
 * {@code build/outputs/} (APKs and AABs), read by {@link BinaryFrontEnd}, and the place their findings are reported at
 * (docs/adr/029): for a library, the line of the module's build script that declares it
 * ({@code implementation files('libs/vendor-sdk.jar')}, {@code fileTree(dir: 'libs', include: ['*.jar'])}); for an app,
 * its {@code android} block; else the script's first line. Messages name the artifact and the class, never the value.
 */
public final class BinaryAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(BinaryAnalysis.class);

  /** Artifacts larger than this are skipped with one log line (MB). */
  static final String MAX_SIZE_KEY = "sonar.credentials.binaries.maxSize";
  static final long DEFAULT_MAX_SIZE_MB = 100;
  /** Whether the bundled artifacts are read at all. */
  static final String ENABLED_KEY = "sonar.credentials.binaries.enabled";
  /** The libraries the Java analysis is given: read too. */
  static final String LIBRARIES = "sonar.java.libraries";

  private final ProjectCandidates candidates;
  private final BinaryFrontEnd frontEnd;
  /** Per module, the values of its built apps' {@code BuildConfig} String fields by name: for {@link BuildOutputs}. */
  private final Map<String, Map<String, java.util.Set<String>>> appFields = new LinkedHashMap<>();
  /** Where the findings of each artifact read go. */
  private final ArtifactPlacement placement;
  /** The values of the libraries read so far (their expressions, ranges aside): an app that bundles them holds them too. */
  private final java.util.Set<String> bundled = new java.util.HashSet<>();

  /** The settings, under Provider Credentials in the server's and projects' settings. */
  public static List<PropertyDefinition> definitions() {
    return List.of(
      PropertyDefinition.builder(ENABLED_KEY)
        .name("Read bundled jars, AARs and built apps")
        .description("Whether the jars and AARs in each module's libs/ folder and the APKs and AABs in its build/outputs/ are read for "
          + "credentials (class constants, dex string pools); issues land on the build-script lines that declare or build them.")
        .type(PropertyType.BOOLEAN).defaultValue("true").category("Provider Credentials").build(),
      PropertyDefinition.builder(MAX_SIZE_KEY)
        .name("Largest artifact read (MB)")
        .description("A jar, AAR, APK or AAB larger than this is skipped, with one line in the analysis log.")
        .type(PropertyType.INTEGER).defaultValue(Long.toString(DEFAULT_MAX_SIZE_MB)).category("Provider Credentials").build());
  }

  BinaryAnalysis(ProjectCandidates candidates, Detector detector) {
    this.candidates = candidates;
    this.frontEnd = new BinaryFrontEnd(detector, new Assets());
    this.placement = new ArtifactPlacement(candidates);
  }

  /** Reads the artifacts of every module whose build script was read; returns how many were read. */
  int run(Configuration config, FileSystem fileSystem) {
    if (!config.getBoolean(ENABLED_KEY).orElse(true)) {
      return 0;
    }
    long maxBytes = config.getLong(MAX_SIZE_KEY).orElse(DEFAULT_MAX_SIZE_MB) * 1024 * 1024;
    Map<String, SourceUnit> scripts = new LinkedHashMap<>();
    for (SourceUnit unit : candidates.units()) {
      if (!unit.inComments() && (unit.file().endsWith("/build.gradle") || unit.file().endsWith("/build.gradle.kts"))) {
        scripts.putIfAbsent(unit.module(), unit);
      }
    }
    int read = 0;
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Map.Entry<String, SourceUnit> module : scripts.entrySet()) {
      String script = module.getValue().file();
      for (Path artifact : artifacts(Paths.get(module.getKey()).resolve("libs"))) {
        seen.add(artifact.toAbsolutePath().normalize());
        String fileName = artifact.getFileName().toString();
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        List<String> needles = List.of(fileName, "'" + base + "'", "\"" + base + "\"", "fileTree", "libs");
        read += read(artifact, module.getKey(), relative(module.getKey(), artifact), maxBytes, false,
          () -> placement.line(List.of(script), needles, script)) ? 1 : 0;
      }
      // an app is the module's own output: its android block, where what it ships is configured
      for (Path app : builtApps(Paths.get(module.getKey()))) {
        read += read(app, module.getKey(), relative(module.getKey(), app), maxBytes, true,
          () -> placement.line(List.of(script), List.of("android {", "android{"), script)) ? 1 : 0;
      }
    }
    if (!scripts.isEmpty()) {
      read += readLibraries(config, fileSystem, scripts, maxBytes, seen);
    }
    return read;
  }

  /**
   * The jars the Java analysis knows as the project's libraries ({@value #LIBRARIES}: the SDKs a Gradle or Maven build
   * puts on the classpath), placed on the dependency's declaration in a build script or a version catalog
   * ({@code implementation 'com.vendor:analytics-sdk:2.1.0'}, {@code analytics-sdk = { module = "com.vendor:analytics-sdk" }}),
   * else on the first script's {@code dependencies} block (a dependency of a dependency).
   */
  private int readLibraries(Configuration config, FileSystem fileSystem, Map<String, SourceUnit> scripts, long maxBytes, java.util.Set<Path> seen) {
    List<Path> jars = Libraries.of(config.getStringArray(LIBRARIES), fileSystem.baseDir().toPath());
    if (jars.isEmpty()) {
      return 0;
    }
    List<String> files = new ArrayList<>();
    scripts.values().forEach(script -> files.add(script.file()));
    for (InputFile catalog : fileSystem.inputFiles(fileSystem.predicates().matchesPathPattern("**/libs.versions.toml"))) {
      // known to the analysis, so that an issue can be raised on it
      candidates.add(catalog, candidates.newUnit(catalog, SourceUnit.Kind.RESOURCE));
      files.add(ProjectCandidates.fileId(catalog));
    }
    SourceUnit first = scripts.values().iterator().next();
    int read = 0;
    for (Path jar : jars) {
      if (seen.add(jar.toAbsolutePath().normalize())) {
        String artifact = Libraries.artifactName(jar.getFileName().toString());
        List<String> needles = List.of(":" + artifact + ":", ":" + artifact + "\"", ":" + artifact + "'", "\"" + artifact + "\"", "'" + artifact + "'");
        read += read(jar, first.module(), jar.getFileName().toString(), maxBytes, false, () -> {
          SourceRange declared = placement.find(files, needles);
          return declared != null ? declared : placement.line(List.of(first.file()), List.of("dependencies"), first.file());
        }) ? 1 : 0;
      }
    }
    return read;
  }

  private static String relative(String module, Path artifact) {
    return Paths.get(module).relativize(artifact).toString().replace('\\', '/');
  }

  /** An artifact's text assets, and an AAR's resources and manifest, read by the file front-end of their kind. */
  private static final class Assets implements BinaryFrontEnd.TextEntries {
    private static final List<FileFrontEnd> FRONT_ENDS = List.of(new JsonFrontEnd(), new PropertiesFrontEnd(), new AndroidXmlFrontEnd());

    @Override
    public boolean accepts(String path) {
      return frontEnd(path) != null;
    }

    @Override
    public List<SourceUnit> read(String file, String module, String path, String text) {
      FileFrontEnd frontEnd = frontEnd(path);
      SourceUnit unit = new SourceUnit(file, module, SourceUnit.Kind.RESOURCE);
      try {
        frontEnd.read(text, unit);
      } catch (FileFrontEnd.UnreadableFile | RuntimeException e) {
        LOG.debug("Provider Credentials skipped the asset {}: {}", path, e.getClass().getSimpleName());
        return List.of();
      }
      return unit.isEmpty() ? List.of() : List.of(unit);
    }

    @Nullable
    private static FileFrontEnd frontEnd(String path) {
      for (FileFrontEnd frontEnd : FRONT_ENDS) {
        if (frontEnd.accepts(path, null)) {
          return frontEnd;
        }
      }
      return null;
    }
  }

  /** The units with the bindings whose values a bundled library holds left out (units left empty dropped). */
  private static List<SourceUnit> without(List<SourceUnit> units, java.util.Set<String> values) {
    List<SourceUnit> kept = new ArrayList<>();
    for (SourceUnit unit : units) {
      SourceUnit copy = new SourceUnit(unit.file(), unit.module(), unit.kind());
      unit.bindings().stream().filter(b -> !values.contains(valueOf(b.value()))).forEach(copy::add);
      if (!copy.isEmpty()) {
        kept.add(copy);
      }
    }
    return kept;
  }

  /** The apps a module's build left: {@code build/outputs/apk/**}{@code /*.apk} and {@code build/outputs/bundle/**}{@code /*.aab}. */
  static List<Path> builtApps(Path module) {
    Path outputs = module.resolve("build/outputs");
    if (!Files.isDirectory(outputs)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(outputs, 6)) {
      return walk.filter(p -> {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".apk") || name.endsWith(".aab")) && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      LOG.warn("Provider Credentials could not list {}: {}", outputs, e.getClass().getSimpleName());
      return List.of();
    }
  }

  private static List<Path> artifacts(Path libs) {
    if (!Files.isDirectory(libs)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(libs)) {
      return list.filter(p -> {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".jar") || name.endsWith(".aar")) && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (IOException e) {
      LOG.warn("Provider Credentials could not list {}: {}", libs, e.getClass().getSimpleName());
      return List.of();
    }
  }

  private boolean read(Path artifact, String module, String name, long maxBytes, boolean app, java.util.function.Supplier<SourceRange> declaration) {
    long start = candidates.nanoTime();
    try {
      if (Files.size(artifact) > maxBytes) {
        LOG.warn("Provider Credentials skipped {}: larger than the {} MB of {}", name, maxBytes / (1024 * 1024), MAX_SIZE_KEY);
        return false;
      }
      String id = artifact.toUri().toString();
      List<SourceUnit> units;
      if (app) {
        BinaryFrontEnd.App read = frontEnd.readApp(artifact, id, module);
        read.buildConfigFields().forEach((field, values) -> appFields.computeIfAbsent(module, m -> new LinkedHashMap<>())
          .computeIfAbsent(field, f -> new java.util.LinkedHashSet<>()).addAll(values));
        units = without(read.units(), bundled);
      } else {
        units = frontEnd.read(artifact, id, module);
      }
      if (!app) {
        // what an app holds of a library its module bundles is reported on the library's declaration, once
        units.forEach(unit -> unit.bindings().forEach(b -> bundled.add(valueOf(b.value()))));
      }
      if (!units.isEmpty()) {
        placement.declare(id, name, declaration.get());
        units.forEach(candidates::add);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Provider Credentials skipped {}: {} while reading this archive", name, e.getClass().getSimpleName());
      return false;
    } finally {
      candidates.timings().add(AnalysisTimings.Part.FILES, candidates.nanoTime() - start);
    }
  }

  private static String valueOf(com.providercredentials.core.Expr expr) {
    return expr instanceof com.providercredentials.core.Expr.Literal literal ? literal.value() : "";
  }


  /** The values of the {@code BuildConfig} String fields of the module's built apps read, by field name. */
  Map<String, java.util.Set<String>> buildConfigFields(String module) {
    return appFields.getOrDefault(module, Map.of());
  }

  /** The detection's result, what was found in artifacts placed on their declarations. */
  Detector.Result place(Detector.Result result) {
    return placement.place(result);
  }
}
