package com.providercredentials.kotlin;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.util.Disposer;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.analysis.ModuleResolver;
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
import org.jetbrains.kotlin.config.JvmTarget;
import org.jetbrains.kotlin.config.LanguageVersion;
import org.jetbrains.kotlin.psi.KtFile;
import org.sonarsource.kotlin.api.frontend.Environment;

/** Kotlin sample files parsed with sonar-kotlin's own environment, then the front-end and the core. */
public final class KotlinSamples {

  public static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final Disposable DISPOSABLE = Disposer.newDisposable();
  private static final Environment ENVIRONMENT = new Environment(DISPOSABLE, List.of(), LanguageVersion.LATEST_STABLE, JvmTarget.JVM_17);

  record Analysis(List<Finding> findings, Map<Path, String> files, List<SourceUnit> units) {
  }

  static KtFile parse(String name, String text) {
    return ENVIRONMENT.getKtPsiFactory().createFile(name, text);
  }

  /** The credentials in the comments of a Kotlin file, as the plugin reads them. */
  public static SourceUnit comments(SourceUnit code, String text) {
    return KotlinCollector.comments(code, text);
  }

  public static SourceUnit collect(String fileId, String module, String text) {
    return collect(fileId, module, text, DETECTOR);
  }

  /** The same, with a detector of other specs (a test provider's). */
  public static SourceUnit collect(String fileId, String module, String text, Detector detector) {
    SourceUnit unit = new SourceUnit(fileId, module, SourceUnit.Kind.CODE);
    return new KotlinFileVisitor(unit, detector).collect(parse(fileId.substring(fileId.lastIndexOf('/') + 1), text));
  }

  static Analysis analyse(Path root) {
    ModuleResolver modules = new ModuleResolver();
    List<SourceUnit> units = new ArrayList<>();
    Map<Path, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".kt") || p.toString().endsWith(".kts")).sorted().toList()) {
        String id = file.toAbsolutePath().toUri().toString();
        units.add(collect(id, modules.moduleOf(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
        files.put(file, id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Analysis(DETECTOR.detect(units).findings(), files, units);
  }
}
