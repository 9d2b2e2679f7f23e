package com.providercredentials.binaries;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front-end of the artifacts an app bundles (docs/adr/029): the jars and AARs its build declares. Each class of an
 * artifact becomes one unit whose "lines" are its strings in constant-pool order: a {@code static final String} field is
 * a value named by its field and enclosed by its class ({@code Config.AWS_SECRET_KEY}); any other string constant is a
 * value held by the class under the neutral name {@value #UNNAMED}, beside the strings the same class holds, which is
 * what pairs an access key id with its secret when a minifier renamed the fields or inlined the constants.
 * Only strings that may hold a credential are handed over (the pre-filter's), and their classes only.
 */
public final class BinaryFrontEnd {

  /** What separates an artifact from an entry in a unit's file: {@code libs/vendor.jar!/com/vendor/Keys.class}. */
  public static final String ENTRY = "!/";

  /** The name of a string constant that no field holds (a neutral word of the vocabulary). */
  static final String UNNAMED = "constant";

  /**
   * Reads a text entry (an asset: {@code assets/config.json}, {@code assets/aws.properties}) with the front-end of its kind,
   * into units of the file given; supplied by the analysis, which knows the file front-ends. Empty: not one it reads.
   */
  public interface TextEntries {
    /** Whether an entry's path is of a kind read as text. */
    boolean accepts(String path);

    List<SourceUnit> read(String file, String module, String path, String text);

    TextEntries NONE = new TextEntries() {
      @Override
      public boolean accepts(String path) {
        return false;
      }

      @Override
      public List<SourceUnit> read(String file, String module, String path, String text) {
        return List.of();
      }
    };
  }

  private final Detector detector;
  private final ResourceUnits resources;

  public BinaryFrontEnd(Detector detector) {
    this(detector, TextEntries.NONE);
  }

  public BinaryFrontEnd(Detector detector, TextEntries texts) {
    this.detector = detector;
    this.resources = new ResourceUnits(detector, texts);
  }

  /**
   * The units of an artifact, {@code id} naming it in their files ({@code id!/entry}); an artifact that is not a readable
   * archive, or is past {@link Archives}' bounds, throws, and its caller logs it once.
   */
  public List<SourceUnit> read(Path artifact, String id, String module) throws IOException {
    List<SourceUnit> units = new ArrayList<>();
    try (InputStream in = Files.newInputStream(artifact)) {
      Archives.read(in, name -> (name.endsWith(".class") && !name.startsWith("META-INF/versions/")) || isNative(name) || resources.isTextAsset(name), (path, bytes) -> {
        if (resources.isTextAsset(path)) {
          resources.text(id + ENTRY + path, module, path, bytes, units);
          return;
        }
        SourceUnit unit = isNative(path) ? nativeUnit(id + ENTRY + path, module, bytes) : classUnit(id + ENTRY + path, module, bytes);
        if (unit != null) {
          units.add(unit);
        }
      });
    }
    return units;
  }

  /** Whether an archive entry is a native library: {@code lib/arm64-v8a/libkeys.so} of an APK, {@code jni/…} of an AAR. */
  static boolean isNative(String name) {
    return name.endsWith(".so") && (name.startsWith("lib/") || name.startsWith("jni/") || name.contains("/lib/"));
  }

  /**
   * A native library's unit: its runs of printable ASCII (what {@code strings} prints: C string constants, in the order
   * the compiler laid them out, so that the key id and the secret of one source file stand side by side), each on its
   * own line under the neutral name {@value #UNNAMED}; null when none may hold a credential. Keys hidden in NDK code
   * to keep them out of the Java source ship here.
   */
  SourceUnit nativeUnit(String file, String module, byte[] bytes) {
    List<String> strings = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= bytes.length; i++) {
      int b = i < bytes.length ? bytes[i] & 0xff : 0;
      boolean printable = b >= 0x20 && b < 0x7f;
      if (printable && start < 0) {
        start = i;
      } else if (!printable && start >= 0) {
        if (i - start >= detector.minimumLength()) {
          String run = new String(bytes, start, i - start, java.nio.charset.StandardCharsets.US_ASCII);
          if (detector.worthReporting(run)) {
            strings.add(run);
          }
        }
        start = -1;
      }
    }
    String name = file.substring(file.lastIndexOf('/') + 1);
    return classUnit(file, module, name, Map.of(), strings);
  }

  /** Whether an archive entry is a Dalvik executable: {@code classes2.dex} of an APK, {@code base/dex/classes.dex} of an AAB. */
  static boolean isDex(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.startsWith("classes") && file.endsWith(".dex");
  }

  /**
   * The units of a built app (APK or AAB): one per class with {@code static final String} fields, named as a class file's
   * are; and one per dex file of the other strings of its pool that may hold a credential, without names (the pool is
   * sorted: no string stands beside another, so only a shape that says its provider alone can be reported there). The
   * {@code BuildConfig} classes' values are handed apart, for the build script's reading (docs/adr/028): they are
   * reported at the lines that inject them.
   */
  public App readApp(Path app, String id, String module) throws IOException {
    List<SourceUnit> units = new ArrayList<>();
    Map<String, Set<String>> buildConfig = new java.util.LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(app)) {
      Archives.read(in, name -> isDex(name) || isNative(name) || ResourceUnits.isResources(name) || resources.isTextAsset(name) || ProtoResources.isBundleResource(name), (path, bytes) -> {
        if (ResourceUnits.isResources(path)) {
          resources.compiled(id + ENTRY + path, module, path, bytes, units);
        } else if (ProtoResources.isBundleResource(path)) {
          resources.bundle(id + ENTRY + path, module, path, bytes, units);
        } else if (resources.isTextAsset(path)) {
          resources.text(id + ENTRY + path, module, path, bytes, units);
        } else if (isNative(path)) {
          SourceUnit unit = nativeUnit(id + ENTRY + path, module, bytes);
          if (unit != null) {
            units.add(unit);
          }
        } else {
          units.addAll(dexUnits(id + ENTRY + path, module, bytes, buildConfig));
        }
      });
    }
    return new App(units, buildConfig);
  }

  /** What a built app gives: its units, and the values of its {@code BuildConfig} classes' String fields by name. */
  public record App(List<SourceUnit> units, Map<String, Set<String>> buildConfigFields) {
  }

  private List<SourceUnit> dexUnits(String file, String module, byte[] bytes, Map<String, Set<String>> buildConfig) {
    Map<String, Map<String, String>> statics;
    Map<String, List<String>> loaded;
    List<String> strings;
    try {
      DexFile dex = DexFile.read(bytes);
      statics = dex.staticStrings();
      loaded = dex.loadedStrings(detector::worthReporting);
      strings = dex.values();
    } catch (DexFile.Malformed e) {
      return List.of();
    }
    Set<String> held = new HashSet<>();
    Set<String> classes = new java.util.LinkedHashSet<>(statics.keySet());
    classes.addAll(loaded.keySet());
    List<SourceUnit> units = new ArrayList<>();
    for (String descriptor : classes) {
      Map<String, String> fields = statics.getOrDefault(descriptor, Map.of());
      if (descriptor.endsWith("/BuildConfig;")) {
        // handed to the build script's reading (docs/adr/028)
        held.addAll(fields.values());
        fields.forEach((name, value) -> buildConfig.computeIfAbsent(name, n -> new java.util.LinkedHashSet<>()).add(value));
        continue;
      }
      String path = descriptor.startsWith("L") && descriptor.endsWith(";") ? descriptor.substring(1, descriptor.length() - 1) : descriptor;
      SourceUnit unit = classUnit(file + ENTRY + path + ".class", module, path, fields, loaded.getOrDefault(descriptor, List.of()));
      if (unit != null) {
        unit.bindings().forEach(b -> held.add(((Expr.Literal) b.value()).value()));
        units.add(unit);
      }
    }
    // what no class of this dex was seen to hold: only a shape that says its provider alone is reported there
    SourceUnit pool = new SourceUnit(file, module, SourceUnit.Kind.CODE);
    for (int i = 0; i < strings.size(); i++) {
      String value = strings.get(i);
      if (!held.contains(value) && detector.worthReporting(value)) {
        SourceRange range = SourceRange.of(file, i + 1, 0, i + 1, value.length());
        pool.add(new Binding(List.of(), List.of(), List.of(), new Expr.Literal(value, range), null));
      }
    }
    if (!pool.isEmpty()) {
      units.add(pool);
    }
    return units;
  }

  /**
   * A class's unit: its named constants, then the strings its code holds in code order (or, for a class file, in pool
   * order), each on its own line; null when none may hold a credential.
   */
  private SourceUnit classUnit(String file, String module, String className, Map<String, String> fields, List<String> strings) {
    String simpleName = className.substring(className.lastIndexOf('/') + 1);
    List<String> context = simpleName.isEmpty() ? List.of() : List.of(simpleName.substring(simpleName.lastIndexOf('$') + 1));
    SourceUnit unit = new SourceUnit(file, module, SourceUnit.Kind.CODE);
    Set<String> seen = new HashSet<>();
    int line = 0;
    for (Map.Entry<String, String> field : fields.entrySet()) {
      line++;
      if (detector.worthReporting(field.getValue()) && seen.add(field.getValue())) {
        add(unit, field.getKey(), context, field.getValue(), line);
      }
    }
    for (String value : strings) {
      line++;
      if (detector.worthReporting(value) && seen.add(value)) {
        // a constant no field names is still held by the class's code: "constant", a neutral name, says only that
        add(unit, UNNAMED, context, value, line);
      }
    }
    return unit.isEmpty() ? null : unit;
  }

  private static void add(SourceUnit unit, String name, List<String> context, String value, int line) {
    SourceRange range = SourceRange.of(unit.file(), line, 0, line, value.length());
    unit.add(new Binding(List.of(), List.of(name), context, new Expr.Literal(value, range), null));
  }

  /** One class file's unit, or null when it holds no string that may be a credential (or is no class file). */
  SourceUnit classUnit(String file, String module, byte[] bytes) {
    ClassConstants constants;
    try {
      constants = ClassConstants.read(bytes);
    } catch (ClassConstants.Malformed e) {
      return null;
    }
    // a string that is a field's value is that field's; the others, in pool order
    List<String> others = new ArrayList<>(constants.strings());
    others.removeAll(constants.fields().values());
    return classUnit(file, module, constants.className(), constants.fields(), others);
  }
}
