package com.providercredentials.analysis;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.core.escapes.JavaEscapes;
import com.providercredentials.files.AndroidXmlFrontEnd;
import com.providercredentials.files.FileFrontEnd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a build injected from outside the repository, read back from the text the Android Gradle plugin left in
 * {@code build/} (docs/adr/028). A team that moves a token out of the code into a CI secret fed to
 * {@code buildConfigField} or {@code resValue} has a clean source and an APK that still carries the token: when the
 * module's build output is there, the generated {@code BuildConfig.java} and {@code resValues} XML hold the value, and
 * it is handed to the core at the place of the build script that injects it, under that script's names. The core then
 * decides it as any other value, and its issue lands on the build-file line.
 *
 * <p>Only the fields and resources whose script value the analysis cannot know (an environment variable, a
 * {@code -P} property no file of the project sets) are read back: a value written in the project is reported where it
 * is written.
 */
final class BuildOutputs {

  private static final Logger LOG = LoggerFactory.getLogger(BuildOutputs.class);

  /** Where the Android Gradle plugin writes each variant's {@code BuildConfig.java} and {@code resValue}s. */
  static final String BUILD_CONFIG_DIR = "build/generated/source/buildConfig";
  static final String RES_VALUES_DIR = "build/generated/res/resValues";
  /** Where the merged manifests are, in {@code merged_manifest/<variant>/} or {@code merged_manifests/<variant>/…}. */
  static final String INTERMEDIATES_DIR = "build/intermediates";
  /** A generated file larger than this is not one the plugin wrote for a few fields. */
  static final long MAX_FILE_SIZE = 1024L * 1024;
  /** How deep below those directories files are looked for (variant, package...). */
  private static final int MAX_DEPTH = 16;
  /** {@code public static final String NAME = "value";} as the Android Gradle plugin writes a String field. */
  private static final Pattern STRING_FIELD = Pattern.compile("(?m)^\\s*public\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*;");

  private BuildOutputs() {
  }

  /** A value a script injects, its name and where: what the build output is read for. */
  /** What a script injects into: a {@code BuildConfig} field, a string resource, a manifest placeholder. */
  private enum Kind {
    FIELD("the generated BuildConfig."), RESOURCE("the generated resource @string/"), PLACEHOLDER("the merged manifest's placeholder ${");

    private final String read;

    Kind(String read) {
      this.read = read;
    }
  }

  private record Injected(SourceUnit script, Binding binding, Kind kind) {
    String name() {
      return binding.names().get(0);
    }
  }

  /** The units of the values the builds of the units' modules injected from outside the project, read from build/. */
  static List<SourceUnit> read(List<SourceUnit> units, java.util.function.Function<String, Map<String, Set<String>>> appFields) {
    Set<String> bound = new HashSet<>();
    for (SourceUnit unit : units) {
      for (Binding binding : unit.bindings()) {
        if (binding.value() instanceof Expr.Literal || binding.value() instanceof Expr.Concat) {
          bound.addAll(binding.keys());
        }
      }
    }
    Map<String, List<Injected>> byModule = new LinkedHashMap<>();
    for (SourceUnit unit : units) {
      if (unit.inComments() || !isBuildScript(unit.file())) {
        continue;
      }
      for (Binding binding : unit.bindings()) {
        Kind kind = injectedKind(unit, binding);
        if (kind != null && unknown(binding.value(), bound)) {
          byModule.computeIfAbsent(unit.module(), m -> new ArrayList<>()).add(new Injected(unit, binding, kind));
        }
      }
    }
    List<SourceUnit> read = new ArrayList<>();
    byModule.forEach((module, injected) -> read.addAll(readModule(Paths.get(module), injected, metaData(units, module), appFields.apply(module))));
    return read;
  }

  private static boolean isBuildScript(String fileId) {
    return fileId.endsWith("/build.gradle") || fileId.endsWith("/build.gradle.kts");
  }

  /** What a binding of a script injects into, or null for any other binding. */
  private static Kind injectedKind(SourceUnit unit, Binding binding) {
    if (binding.names().size() != 1 || binding.keys().isEmpty()) {
      return null;
    }
    String name = binding.names().get(0);
    if (binding.context().equals(List.of("BuildConfig")) && binding.keys().equals(SymbolKey.buildConfig(unit.module(), name))) {
      return Kind.FIELD;
    }
    if (binding.context().equals(List.of("resValue")) && binding.keys().equals(SymbolKey.resource(unit.module(), "string", name))) {
      return Kind.RESOURCE;
    }
    if (binding.context().equals(List.of("manifestPlaceholders")) && binding.keys().equals(SymbolKey.placeholder(unit.module(), name))) {
      return Kind.PLACEHOLDER;
    }
    return null;
  }

  /**
   * Per placeholder key, the {@code android:name}s of the module's manifest {@code <meta-data>} whose value is that
   * placeholder ({@code android:value="${twilioToken}"}): what to look for in the merged manifest.
   */
  private static Map<String, List<String>> metaData(List<SourceUnit> units, String module) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (SourceUnit unit : units) {
      if (unit.inComments() || !unit.module().equals(module) || !unit.file().endsWith("/AndroidManifest.xml")) {
        continue;
      }
      for (Binding binding : unit.bindings()) {
        if (binding.value() instanceof Expr.Ref ref && ref.display().startsWith("${") && binding.names().size() == 1) {
          String key = ref.display().substring(2, ref.display().length() - 1);
          names.computeIfAbsent(key, k -> new ArrayList<>()).add(fullName(binding));
        }
      }
    }
    return names;
  }

  /**
   * {@code com.example.voice.TOKEN} of a meta-data binding (names {@code voice.TOKEN}, context {@code com.example},
   * {@code meta-data}); a string resource's name (its context is its file's name alone).
   */
  private static String fullName(Binding metaData) {
    List<String> context = metaData.context();
    return context.size() == 2 ? context.get(0) + "." + metaData.names().get(0) : metaData.names().get(0);
  }

  /** Whether the project itself cannot say what the expression is: an environment variable, a property set nowhere. */
  private static boolean unknown(Expr expr, Set<String> bound) {
    if (expr instanceof Expr.Opaque) {
      return true;
    }
    if (expr instanceof Expr.Ref ref) {
      return ref.keys().stream().noneMatch(bound::contains);
    }
    if (expr instanceof Expr.Concat concat) {
      return concat.parts().stream().anyMatch(part -> unknown(part, bound));
    }
    return false;
  }

  private static List<SourceUnit> readModule(Path module, List<Injected> injected, Map<String, List<String>> metaData,
    Map<String, Set<String>> appFields) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    Map<String, Set<String>> resources = new LinkedHashMap<>();
    Map<String, Set<String>> merged = new LinkedHashMap<>();
    boolean wantsFields = injected.stream().anyMatch(i -> i.kind() == Kind.FIELD);
    boolean wantsResources = injected.stream().anyMatch(i -> i.kind() == Kind.RESOURCE);
    boolean wantsPlaceholders = injected.stream().anyMatch(i -> i.kind() == Kind.PLACEHOLDER && metaData.containsKey(i.name()));
    if (wantsFields) {
      for (Path file : files(module.resolve(BUILD_CONFIG_DIR), "BuildConfig.java")) {
        String text = text(file);
        if (text != null) {
          Matcher field = STRING_FIELD.matcher(text);
          while (field.find()) {
            fields.computeIfAbsent(field.group(1), n -> new LinkedHashSet<>()).add(JavaEscapes.decode(field.group(2)));
          }
        }
      }
    }
    if (wantsFields) {
      // a built app's BuildConfig classes say the same, when no generated source is left (docs/adr/029)
      appFields.forEach((name, values) -> fields.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(values));
    }
    if (wantsResources) {
      files(module.resolve(RES_VALUES_DIR), ".xml").forEach(file -> xmlValues(file, module, resources));
    }
    if (wantsPlaceholders) {
      // the merged manifest holds the meta-data with their placeholders replaced (AGP 7 and later write it there)
      List<Path> manifests = new ArrayList<>(files(module.resolve(INTERMEDIATES_DIR).resolve("merged_manifest"), "AndroidManifest.xml"));
      manifests.addAll(files(module.resolve(INTERMEDIATES_DIR).resolve("merged_manifests"), "AndroidManifest.xml"));
      manifests.forEach(file -> xmlValues(file, module, merged));
    }
    Map<SourceUnit, SourceUnit> generated = new LinkedHashMap<>();
    for (Injected each : injected) {
      Set<String> values = switch (each.kind()) {
        case FIELD -> fields.getOrDefault(each.name(), Set.of());
        case RESOURCE -> resources.getOrDefault(each.name(), Set.of());
        case PLACEHOLDER -> {
          Set<String> all = new LinkedHashSet<>();
          metaData.getOrDefault(each.name(), List.of()).forEach(name -> all.addAll(merged.getOrDefault(name, Set.of())));
          yield all;
        }
      };
      for (String value : values) {
        SourceUnit unit = generated.computeIfAbsent(each.script(), s -> new SourceUnit(s.file(), s.module(), s.kind()));
        Binding binding = each.binding();
        String via = "Read from " + each.kind().read + each.name() + (each.kind() == Kind.PLACEHOLDER ? "}" : "")
          + " in build/: the build injects it here, and it ships in the APK";
        unit.add(new Binding(binding.keys(), binding.names(), binding.context(), new Expr.Literal(value, binding.value().range()), via));
      }
    }
    return List.copyOf(generated.values());
  }

  /**
   * Adds the values a generated XML file holds, read by the Android XML front-end, by name: a values file's string
   * resources by resource name, a merged manifest's meta-data by {@code android:name}. A file that cannot be read is
   * logged once and skipped.
   */
  private static void xmlValues(Path file, Path module, Map<String, Set<String>> into) {
    String text = text(file);
    if (text == null) {
      return;
    }
    SourceUnit unit = new SourceUnit(file.toUri().toString(), module.toString(), SourceUnit.Kind.RESOURCE);
    try {
      new AndroidXmlFrontEnd().read(text, unit);
    } catch (FileFrontEnd.UnreadableFile | RuntimeException e) {
      LOG.warn("Provider Credentials skipped the build output {}: {}", file, e.getClass().getSimpleName());
      return;
    }
    for (Binding binding : unit.bindings()) {
      if (binding.names().size() == 1 && binding.value() instanceof Expr.Literal literal) {
        into.computeIfAbsent(fullName(binding), n -> new LinkedHashSet<>()).add(literal.value());
      }
    }
  }

  /** The regular files under a directory whose names end with {@code suffix}, in a stable order; none if it is absent. */
  private static List<Path> files(Path directory, String suffix) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Provider Credentials could not list the build output {}: {}", directory, e.getClass().getSimpleName());
      return List.of();
    }
  }

  private static String text(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_SIZE) {
        LOG.warn("Provider Credentials skipped the build output {}: larger than {} KB", file, MAX_FILE_SIZE / 1024);
        return null;
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.warn("Provider Credentials skipped the build output {}: {}", file, e.getClass().getSimpleName());
      return null;
    }
  }
}
