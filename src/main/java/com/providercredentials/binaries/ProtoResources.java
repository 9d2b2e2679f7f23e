package com.providercredentials.binaries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The named strings of an Android App Bundle's resources, which a bundle holds as protocol buffers (aapt2's
 * {@code Resources.proto}, proto3, as bundletool reads it), not as the binary chunks of an APK:
 * <ul>
 *   <li>{@code base/resources.pb}, a {@code ResourceTable}: each string resource's name and value
 *       (package 2 → type 3, named 2 → entry 3: name 2, config_value 6 → value 2 → item 4 → str 2 / raw_str 3 /
 *       styled_str 4 → value 1);</li>
 *   <li>{@code base/manifest/AndroidManifest.xml}, an {@code XmlNode}: each {@code <meta-data>}'s name and value
 *       (element 1: name 3, attribute 4: name 2, value 3; child 5).</li>
 * </ul>
 * With the names, a bare token is decided as it is in a {@code strings.xml}. Every read is bounds-checked and the
 * nesting bounded: a file that is not one throws {@link ResourceStrings.Malformed}.
 */
public final class ProtoResources {

  /** Deeper XML than this is not real: its elements are not read further. */
  static final int MAX_DEPTH = 64;

  private ProtoResources() {
  }

  /** Whether a bundle's entry is one of its modules' resource tables or manifests ({@code base/resources.pb}). */
  public static boolean isBundleResource(String name) {
    String inModule = ResourceUnits.inBundleModule(name);
    return inModule != null && (inModule.equals("resources.pb") || inModule.equals("manifest/AndroidManifest.xml"));
  }

  /** A bundle's resource table or manifest as the text it was compiled from ({@link ResourceText}). */
  public static ResourceText.AsText asText(String name, byte[] bytes) throws ResourceStrings.Malformed {
    return name.endsWith(".pb") ? ResourceText.strings(strings(bytes)) : ResourceText.manifest(metaData(bytes));
  }

  /** The string resources of a {@code resources.pb}, in file order. */
  public static List<ResourceText.Named> strings(byte[] table) throws ResourceStrings.Malformed {
    List<ResourceText.Named> out = new ArrayList<>();
    try {
      for (Field pkg : fields(table, 0, table.length)) {
        if (pkg.number == 2 && pkg.isBytes()) {
          for (Field type : fields(table, pkg.start, pkg.end)) {
            if (type.number == 3 && type.isBytes() && "string".equals(stringField(table, type, 2))) {
              readEntries(table, type, out);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      throw new ResourceStrings.Malformed(e.getClass().getSimpleName());
    }
    return out;
  }

  private static void readEntries(byte[] table, Field type, List<ResourceText.Named> out) {
    for (Field entry : fields(table, type.start, type.end)) {
      if (entry.number != 3 || !entry.isBytes()) {
        continue;
      }
      String name = stringField(table, entry, 2);
      for (Field configValue : fields(table, entry.start, entry.end)) {
        if (configValue.number == 6 && configValue.isBytes()) {
          String value = itemString(table, configValue);
          if (name != null && value != null) {
            out.add(new ResourceText.Named(name, value));
          }
        }
      }
    }
  }

  /** ConfigValue → value 2 → item 4 → a string kind (str 2, raw_str 3, styled_str 4) → value 1. */
  private static String itemString(byte[] bytes, Field configValue) {
    Field value = child(bytes, configValue, 2);
    Field item = value == null ? null : child(bytes, value, 4);
    if (item == null) {
      return null;
    }
    for (Field kind : fields(bytes, item.start, item.end)) {
      if (kind.number >= 2 && kind.number <= 4 && kind.isBytes()) {
        return stringField(bytes, kind, 1);
      }
    }
    return null;
  }

  /** The {@code <meta-data>} names and values of a proto {@code AndroidManifest.xml}, in document order. */
  public static List<ResourceText.Named> metaData(byte[] manifest) throws ResourceStrings.Malformed {
    List<ResourceText.Named> out = new ArrayList<>();
    try {
      for (Field node : fields(manifest, 0, manifest.length)) {
        if (node.number == 1 && node.isBytes()) {
          element(manifest, node, out, 0);
        }
      }
    } catch (RuntimeException e) {
      throw new ResourceStrings.Malformed(e.getClass().getSimpleName());
    }
    return out;
  }

  private static void element(byte[] bytes, Field element, List<ResourceText.Named> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    boolean metaData = "meta-data".equals(stringField(bytes, element, 3));
    String name = null;
    String value = null;
    for (Field field : fields(bytes, element.start, element.end)) {
      if (field.number == 4 && field.isBytes() && metaData) {
        String attribute = stringField(bytes, field, 2);
        if ("name".equals(attribute)) {
          name = stringField(bytes, field, 3);
        } else if ("value".equals(attribute)) {
          value = stringField(bytes, field, 3);
        }
      } else if (field.number == 5 && field.isBytes()) {
        Field child = child(bytes, field, 1);
        if (child != null) {
          element(bytes, child, out, depth + 1);
        }
      }
    }
    if (name != null && value != null) {
      out.add(new ResourceText.Named(name, value));
    }
  }

  /** A field of a message: its number, wire type, and for a length-delimited one, where its bytes are. */
  private record Field(int number, int wireType, int start, int end) {
    boolean isBytes() {
      return wireType == 2;
    }
  }

  private static Field child(byte[] bytes, Field message, int number) {
    Field found = null;
    for (Field field : fields(bytes, message.start, message.end)) {
      if (field.number == number && field.isBytes()) {
        found = field;
      }
    }
    return found;
  }

  private static String stringField(byte[] bytes, Field message, int number) {
    Field field = child(bytes, message, number);
    return field == null ? null : new String(bytes, field.start, field.end - field.start, StandardCharsets.UTF_8);
  }

  /** The fields of the message in {@code bytes[from, to)}; throws past the bounds. */
  private static List<Field> fields(byte[] bytes, int from, int to) {
    List<Field> fields = new ArrayList<>();
    int[] at = {from};
    while (at[0] < to) {
      long key = varint(bytes, at, to);
      int number = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      if (number <= 0) {
        throw new IllegalArgumentException("field number");
      }
      switch (wireType) {
        case 0 -> varint(bytes, at, to);
        case 1 -> at[0] = within(at[0] + 8L, to);
        case 2 -> {
          long length = varint(bytes, at, to);
          int start = at[0];
          at[0] = within(start + length, to);
          fields.add(new Field(number, 2, start, at[0]));
        }
        case 5 -> at[0] = within(at[0] + 4L, to);
        default -> throw new IllegalArgumentException("wire type " + wireType);
      }
    }
    return fields;
  }

  private static int within(long end, int to) {
    if (end > to) {
      throw new IndexOutOfBoundsException("past the message");
    }
    return (int) end;
  }

  private static long varint(byte[] bytes, int[] at, int to) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= to) {
        throw new IndexOutOfBoundsException("varint");
      }
      byte b = bytes[at[0]++];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }
}
