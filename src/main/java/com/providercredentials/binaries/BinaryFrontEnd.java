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

  private final Detector detector;

  public BinaryFrontEnd(Detector detector) {
    this.detector = detector;
  }

  /**
   * The units of an artifact, {@code id} naming it in their files ({@code id!/entry}); an artifact that is not a readable
   * archive, or is past {@link Archives}' bounds, throws, and its caller logs it once.
   */
  public List<SourceUnit> read(Path artifact, String id, String module) throws IOException {
    List<SourceUnit> units = new ArrayList<>();
    try (InputStream in = Files.newInputStream(artifact)) {
      Archives.read(in, name -> name.endsWith(".class") && !name.startsWith("META-INF/versions/"), (path, bytes) -> {
        SourceUnit unit = classUnit(id + ENTRY + path, module, bytes);
        if (unit != null) {
          units.add(unit);
        }
      });
    }
    return units;
  }

  /** One class file's unit, or null when it holds no string that may be a credential (or is no class file). */
  SourceUnit classUnit(String file, String module, byte[] bytes) {
    ClassConstants constants;
    try {
      constants = ClassConstants.read(bytes);
    } catch (ClassConstants.Malformed e) {
      return null;
    }
    String simpleName = constants.className().substring(constants.className().lastIndexOf('/') + 1);
    List<String> context = simpleName.isEmpty() ? List.of() : List.of(simpleName.substring(simpleName.lastIndexOf('$') + 1));
    SourceUnit unit = new SourceUnit(file, module, SourceUnit.Kind.CODE);
    Set<String> named = new HashSet<>();
    int line = 0;
    boolean any = false;
    for (String value : constants.strings()) {
      line++;
      if (!detector.worthReporting(value)) {
        continue;
      }
      any = true;
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, String> field : constants.fields().entrySet()) {
        if (field.getValue().equals(value) && named.add(field.getKey())) {
          names.add(field.getKey());
        }
      }
      SourceRange range = SourceRange.of(file, line, 0, line, value.length());
      // a constant no field names is still held by the class's code: "constant", a neutral name, says only that
      unit.add(new Binding(List.of(), List.of(names.isEmpty() ? UNNAMED : names.get(0)), context, new Expr.Literal(value, range), null));
    }
    return any ? unit : null;
  }
}
