package com.providercredentials.binaries;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources and text entries of an artifact (docs/adr/029): text assets, an AAR's resources and manifest (text), an
 * APK's compiled resource table and manifest (binary chunks), an App Bundle's (protocol buffers). Named values go to the
 * file front-ends as the text they were compiled from; the values of a compiled pool without names are decided by their
 * shape alone.
 */
final class ResourceUnits {

  /** Text entries larger than this are data, not configuration: not read. */
  static final int MAX_TEXT_ENTRY = 1024 * 1024;

  private final Detector detector;
  private final BinaryFrontEnd.TextEntries texts;

  ResourceUnits(Detector detector, BinaryFrontEnd.TextEntries texts) {
    this.detector = detector;
    this.texts = texts;
  }

  /**
   * Whether an entry may be read as text: an asset (an APK's or an AAR's {@code assets/}), or an AAR's resources and
   * manifest, which an AAR holds as text ({@code res/values/values.xml}, {@code AndroidManifest.xml}); an APK's are
   * compiled, and read apart ({@link #isResources}).
   */
  boolean isTextAsset(String name) {
    // a bundle's modules keep theirs under their name (base/assets/)
    String inModule = inBundleModule(name);
    return (name.startsWith("assets/") || (inModule != null && inModule.startsWith("assets/")) || name.startsWith("res/")
      || name.equals("AndroidManifest.xml"))
      && texts.accepts(name);
  }

  void text(String file, String module, String path, byte[] bytes, List<SourceUnit> units) {
    // a compiled XML file (an APK's res/xml/) is no text
    if (bytes.length <= MAX_TEXT_ENTRY && !holdsNul(bytes)) {
      units.addAll(texts.read(file, module, path, new String(bytes, StandardCharsets.UTF_8)));
    }
  }

  private static boolean holdsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an archive entry is an APK's compiled resource table or manifest (an AAB's are protocol buffers: not read). */
  static boolean isResources(String name) {
    return name.equals("resources.arsc") || name.equals("AndroidManifest.xml");
  }

  /**
   * A compiled resource file's unit: the strings of its top-level pools (string resources' values, the manifest's
   * attribute values) without names, like a dex pool's: only a shape that says its provider alone is reported; null
   * when none may hold a credential, or when it is no compiled resource file.
   */
  private SourceUnit resourceUnit(String file, String module, byte[] bytes) {
    List<String> strings;
    try {
      strings = ResourceStrings.read(bytes);
    } catch (ResourceStrings.Malformed e) {
      return null;
    }
    SourceUnit unit = new SourceUnit(file, module, SourceUnit.Kind.RESOURCE);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < strings.size(); i++) {
      String value = strings.get(i);
      if (detector.worthReporting(value) && seen.add(value)) {
        SourceRange range = SourceRange.of(file, i + 1, 0, i + 1, value.length());
        unit.add(new Binding(List.of(), List.of(), List.of(), new Expr.Literal(value, range), null));
      }
    }
    return unit.isEmpty() ? null : unit;
  }

  /**
   * An entry's path inside a bundle's module ({@code assets/a.json} of {@code base/assets/a.json}), or null for an entry
   * at the top; asked of every entry of every archive, so no regular expression.
   */
  static String inBundleModule(String name) {
    int slash = name.indexOf('/');
    return slash > 0 ? name.substring(slash + 1) : null;
  }

  /** An APK's resource table or manifest: its values without names, then with the names it keeps ({@link CompiledNames}). */
  void compiled(String file, String module, String path, byte[] bytes, List<SourceUnit> units) {
    SourceUnit unit = resourceUnit(file, module, bytes);
    if (unit != null) {
      units.add(unit);
    }
    named(file, module, units, () -> path.equals("resources.arsc") ? ResourceText.strings(CompiledNames.strings(bytes))
      : ResourceText.manifest(CompiledNames.metaData(bytes)));
  }

  /** An App Bundle's resource table or manifest ({@link ProtoResources}). */
  void bundle(String file, String module, String path, byte[] bytes, List<SourceUnit> units) {
    named(file, module, units, () -> ProtoResources.asText(path, bytes));
  }

  /** Compiled resources as the text they were compiled from, with their names ({@link ResourceText}). */
  @FunctionalInterface
  private interface Compiled {
    ResourceText.AsText text() throws ResourceStrings.Malformed;
  }

  /**
   * A compiled resource table or manifest, an APK's or a bundle's, with the names of its strings: read by the Android XML
   * front-end as the text it was compiled from. One that is not what it says gives nothing more.
   */
  private void named(String file, String module, List<SourceUnit> units, Compiled compiled) {
    try {
      ResourceText.AsText text = compiled.text();
      units.addAll(texts.read(file, module, text.path(), text.text()));
    } catch (ResourceStrings.Malformed e) {
      // its values were read without their names, if it is one at all
    }
  }
}
