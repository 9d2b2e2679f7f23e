package com.providercredentials.analysis;

import com.providercredentials.binaries.BinaryFrontEnd;
import com.providercredentials.core.Detector;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.files.JsonFrontEnd;
import com.providercredentials.files.PropertiesFrontEnd;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceRange;
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
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.PropertyType;
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

  private final ProjectCandidates candidates;
  private final BinaryFrontEnd frontEnd;
  /** Per artifact (its id in the units' files): the script that declares it, the line, and how it is named. */
  private final Map<String, Declaration> declarations = new LinkedHashMap<>();
  /** The values of the libraries read so far (their expressions, ranges aside): an app that bundles them holds them too. */
  private final java.util.Set<String> bundled = new java.util.HashSet<>();

  private record Declaration(String script, SourceRange range, String artifact) {
  }

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
  }

  /** Reads the artifacts of every module whose build script was read; returns how many were read. */
  int run(Configuration config) {
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
    for (Map.Entry<String, SourceUnit> module : scripts.entrySet()) {
      for (Path artifact : artifacts(Paths.get(module.getKey()).resolve("libs"))) {
        read += read(artifact, module.getKey(), module.getValue().file(), maxBytes, false) ? 1 : 0;
      }
      for (Path app : builtApps(Paths.get(module.getKey()))) {
        read += read(app, module.getKey(), module.getValue().file(), maxBytes, true) ? 1 : 0;
      }
    }
    return read;
  }

  /** An artifact's text assets, read by the file front-end of their kind (JSON, properties). */
  private static final class Assets implements BinaryFrontEnd.TextEntries {
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
      for (FileFrontEnd frontEnd : List.<FileFrontEnd>of(new JsonFrontEnd(), new PropertiesFrontEnd())) {
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

  private boolean read(Path artifact, String module, String script, long maxBytes, boolean app) {
    String name = Paths.get(module).relativize(artifact).toString().replace('\\', '/');
    long start = candidates.nanoTime();
    try {
      if (Files.size(artifact) > maxBytes) {
        LOG.warn("Provider Credentials skipped {}: larger than the {} MB of {}", name, maxBytes / (1024 * 1024), MAX_SIZE_KEY);
        return false;
      }
      String id = artifact.toUri().toString();
      List<SourceUnit> units = app ? without(frontEnd.readApp(artifact, id, module), bundled) : frontEnd.read(artifact, id, module);
      if (!app) {
        // what an app holds of a library its module bundles is reported on the library's declaration, once
        units.forEach(unit -> unit.bindings().forEach(b -> bundled.add(valueOf(b.value()))));
      }
      if (!units.isEmpty()) {
        String fileName = artifact.getFileName().toString();
        String base = fileName.substring(0, fileName.lastIndexOf('.'));
        // an app is the module's own output: its android block, where what it ships is configured
        List<String> needles = app ? List.of("android {", "android{") : List.of(fileName, "'" + base + "'", "\"" + base + "\"", "fileTree", "libs");
        declarations.put(id, new Declaration(script, declaration(script, needles), name));
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

  /** The first line of the script that holds one of the needles, in their order; else its first line. */
  private SourceRange declaration(String script, List<String> needles) {
    InputFile file = candidates.file(script);
    List<String> lines = List.of();
    try {
      lines = file == null ? List.of() : file.contents().lines().toList();
    } catch (IOException e) {
      LOG.debug("Provider Credentials could not read {}", script, e);
    }
    for (String needle : needles) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int at = line.indexOf(needle);
        if (at >= 0 && !line.strip().startsWith("//")) {
          int from = line.length() - line.stripLeading().length();
          return SourceRange.of(script, i + 1, from, i + 1, line.stripTrailing().length());
        }
      }
    }
    return SourceRange.of(script, 1, 0, 1, lines.isEmpty() ? 0 : lines.get(0).stripTrailing().length());
  }

  private static String valueOf(com.providercredentials.core.Expr expr) {
    return expr instanceof com.providercredentials.core.Expr.Literal literal ? literal.value() : "";
  }

  /** The artifact a unit's file is in, or null. */
  @Nullable
  private Declaration of(String file) {
    int entry = file.indexOf(BinaryFrontEnd.ENTRY);
    return entry < 0 ? null : declarations.get(file.substring(0, entry));
  }

  /** The findings, those in artifacts moved to the declarations, their messages naming the artifact and the class. */
  List<Finding> place(List<Finding> findings) {
    if (declarations.isEmpty()) {
      return findings;
    }
    List<Finding> placed = new ArrayList<>(findings.size());
    // one issue per value and declaration: an app holds its native libraries once per ABI, a value may repeat
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding finding : findings) {
      Declaration declaration = of(finding.location().file());
      if (declaration != null && !seen.add(declaration.range() + " " + finding.rule() + " " + finding.kind() + " " + finding.masked())) {
        continue;
      }
      List<Finding.Secondary> secondaries = finding.secondaries().stream().filter(s -> of(s.location().file()) == null).toList();
      if (declaration == null) {
        placed.add(secondaries.size() == finding.secondaries().size() ? finding : copy(finding, finding.location(), finding.message(), secondaries));
      } else {
        placed.add(copy(finding, declaration.range(), finding.message() + " It ships in " + declaration.artifact() + where(finding.location().file()),
          secondaries));
      }
    }
    return placed;
  }

  /** The identifiers found, those in artifacts moved to the declarations. */
  Detector.Result place(Detector.Result result) {
    if (declarations.isEmpty()) {
      return result;
    }
    List<Detector.IdentifierFound> identifiers = new ArrayList<>();
    for (Detector.IdentifierFound found : result.identifiers()) {
      Declaration declaration = of(found.location().file());
      identifiers.add(declaration == null ? found
        : new Detector.IdentifierFound(found.provider(), found.kind(), found.value(), declaration.range(), found.module()));
    }
    return new Detector.Result(place(result.findings()), identifiers);
  }

  /** {@code , class com.vendor.sdk.Config.} of {@code …!/com/vendor/sdk/Config.class}; {@code  (resources.arsc).} of another entry. */
  private static String where(String file) {
    String entry = file.substring(file.lastIndexOf(BinaryFrontEnd.ENTRY) + BinaryFrontEnd.ENTRY.length());
    return entry.endsWith(".class") ? ", class " + entry.substring(0, entry.length() - ".class".length()).replace('/', '.') + "." : " (" + entry + ").";
  }

  private static Finding copy(Finding f, SourceRange location, String message, List<Finding.Secondary> secondaries) {
    // no built-in rule reads an artifact: a finding placed from one is never left to one (docs/adr/020)
    return new Finding(f.provider(), f.kind(), f.kindLabel(), location, f.masked(), message, f.evidence(), secondaries, f.android(), f.rule(),
      f.context(), location.equals(f.location()) ? f.alsoReportedBy() : List.of());
  }
}
