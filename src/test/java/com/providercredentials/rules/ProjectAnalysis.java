package com.providercredentials.rules;

import com.providercredentials.analysis.FileAnalysis;
import com.providercredentials.analysis.ModuleResolver;
import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Fingerprints;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SharedAccounts;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.java.JavaTestSupport;
import com.providercredentials.kotlin.KotlinSamples;
import com.providercredentials.testing.MarkerVerifier.Reported;
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
 * A sample project analysed as the plugin analyses one, with every rule: Java through sonar-java's test harness,
 * Kotlin (and {@code .gradle.kts}) through sonar-kotlin's parser, the other files through the front-end that accepts
 * their path; then the detector over all the candidates at once, rule ClientSideAccountCredentials, and the shared
 * accounts of the project's applications (rule SharedAccountSid, without the look-up in other projects).
 */
final class ProjectAnalysis {

  static final String SHARED_ACCOUNT_SID = "SharedAccountSid";
  private static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  private static final Detector DETECTOR = KotlinSamples.DETECTOR;
  private static final ClientSideCheck CLIENT_SIDE = new ClientSideCheck(SPECS);

  private ProjectAnalysis() {
  }

  /** What the rules raised, and every file the front-ends read with its file id. */
  record Result(List<Reported> issues, Map<Path, String> files) {
  }

  static Result analyse(Path root) {
    return analyse(root, SPECS);
  }

  /** The same, with these specs (the built-in ones and a test provider's, say) instead of the built-in ones. */
  static Result analyse(Path root, List<ProviderSpec> specs) {
    Detector detector = specs == SPECS ? DETECTOR : new Detector(specs);
    ClientSideCheck clientSide = specs == SPECS ? CLIENT_SIDE : new ClientSideCheck(specs);
    ModuleResolver modules = new ModuleResolver();
    List<SourceUnit> units = new ArrayList<>();
    Map<Path, String> files = new LinkedHashMap<>();
    List<Path> javaFiles = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        String module = modules.moduleOf(file).toString();
        if (name.endsWith(".java")) {
          javaFiles.add(file);
        } else if (name.endsWith(".kt") || name.endsWith(".kts")) {
          String id = file.toAbsolutePath().toUri().toString();
          String text = Files.readString(file, StandardCharsets.UTF_8);
          SourceUnit unit = KotlinSamples.collect(id, module, text, detector);
          units.add(unit);
          units.add(KotlinSamples.comments(unit, text));
          files.put(file, id);
        } else {
          String relative = root.relativize(file).toString().replace('\\', '/');
          FileFrontEnd frontEnd = FileAnalysis.FRONT_ENDS.stream().filter(f -> f.accepts(relative, null)).findFirst().orElse(null);
          if (frontEnd != null) {
            String id = file.toAbsolutePath().toUri().toString();
            SourceUnit unit = new SourceUnit(id, module, SourceUnit.Kind.RESOURCE);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            frontEnd.read(text, unit);
            units.add(unit);
            SourceUnit comments = SourceUnit.commentsOf(unit);
            frontEnd.readComments(text, comments, DETECTOR);
            units.add(comments);
            files.put(file, id);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FileFrontEnd.UnreadableFile e) {
      throw new IllegalStateException(e);
    }
    if (!javaFiles.isEmpty()) {
      units.addAll(JavaTestSupport.collect(javaFiles, detector).units());
      files.putAll(JavaTestSupport.fileIds(javaFiles));
    }
    Detector.Result result = detector.detect(units);
    List<Reported> issues = new ArrayList<>(clientSide.run(units, result.findings()).stream().map(Reported::of).toList());
    SharedAccounts shared = new SharedAccounts(new Fingerprints(Fingerprints.DEFAULT_KEY), o -> false);
    Path base = root.toAbsolutePath().normalize();
    Map<String, String> applications = SharedAccounts.applications(units, module -> base.relativize(Path.of(module)).toString().replace('\\', '/'));
    for (SharedAccounts.Shared issue : shared.find(shared.occurrences(result.identifiers()), applications, Map.of())) {
      issues.add(new Reported(SHARED_ACCOUNT_SID, issue.occurrence().location(), issue.message(), issue.secondaries()));
    }
    return new Result(issues, files);
  }
}
