package com.providercredentials.binaries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Dalvik executable ({@code classes*.dex} of an APK or AAB) holds that the detection can use (docs/adr/029): its
 * string pool, and the initial values of each class's {@code static final String} fields by class and name
 * ({@code class_data_item}'s static fields with their {@code static_values} array). Read from the bytes with bounds
 * checked at every read: a file that is not a dex, or is cut short, throws {@link Malformed}.
 */
public final class DexFile {

  /** Not a dex file, or one that points outside itself. */
  public static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  private static final int VALUE_STRING = 0x17;
  private static final int VALUE_ARRAY = 0x1c;
  private static final int VALUE_ANNOTATION = 0x1d;
  private static final int VALUE_NULL = 0x1e;
  private static final int VALUE_BOOLEAN = 0x1f;

  private final byte[] dex;
  private final String[] strings;
  private int at;

  private DexFile(byte[] dex) throws Malformed {
    this.dex = dex;
    if (dex.length < 112 || dex[0] != 'd' || dex[1] != 'e' || dex[2] != 'x' || dex[3] != '\n') {
      throw new Malformed("not a dex file");
    }
    int count = bounded(u4(56), dex.length / 4);
    int offsets = u4(60);
    strings = new String[count];
    for (int i = 0; i < count; i++) {
      strings[i] = stringAt(u4(offsets + 4 * i));
    }
  }

  public static DexFile read(byte[] bytes) throws Malformed {
    try {
      return new DexFile(bytes);
    } catch (RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  /** The string pool, in its (sorted) order. */
  public List<String> strings() {
    return List.of(strings);
  }

  /**
   * The strings of the pool that no type, field or method is named by, nor a compiler's marker ({@code ~~D8{…}}): what the
   * code holds as values, in pool order.
   */
  public List<String> values() throws Malformed {
    try {
      boolean[] names = new boolean[strings.length];
      mark(names, 64, 68, 4, 0);
      mark(names, 80, 84, 8, 4);
      mark(names, 88, 92, 8, 4);
      java.util.List<String> values = new java.util.ArrayList<>();
      for (int i = 0; i < strings.length; i++) {
        if (!names[i] && !strings[i].startsWith("~~")) {
          values.add(strings[i]);
        }
      }
      return values;
    } catch (RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  /** Marks the string each item of a table names: {@code count} and {@code offset} in the header, items of {@code size}. */
  private void mark(boolean[] names, int countAt, int offsetAt, int size, int nameAt) throws Malformed {
    int count = bounded(u4(countAt), dex.length / size);
    int offset = u4(offsetAt);
    for (int i = 0; i < count; i++) {
      int index = u4(offset + size * i + nameAt);
      if (index >= 0 && index < names.length) {
        names[index] = true;
      }
    }
  }

  /** Per class descriptor ({@code Lcom/example/BuildConfig;}), its static String fields' initial values by name. */
  public Map<String, Map<String, String>> staticStrings() throws Malformed {
    try {
      return readStaticStrings();
    } catch (RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  private Map<String, Map<String, String>> readStaticStrings() throws Malformed {
    int types = bounded(u4(64), dex.length / 4);
    int typeIds = u4(68);
    int fields = bounded(u4(80), dex.length / 8);
    int fieldIds = u4(84);
    int classes = bounded(u4(96), dex.length / 32);
    int classDefs = u4(100);
    Map<String, Map<String, String>> byClass = new LinkedHashMap<>();
    for (int c = 0; c < classes; c++) {
      int def = classDefs + 32 * c;
      int classData = u4(def + 24);
      int staticValues = u4(def + 28);
      if (classData == 0 || staticValues == 0) {
        continue;
      }
      at = classData;
      int staticFields = uleb();
      uleb();
      uleb();
      uleb();
      int[] fieldIndexes = new int[Math.min(staticFields, fields)];
      int index = 0;
      for (int f = 0; f < fieldIndexes.length; f++) {
        index += uleb();
        uleb();
        fieldIndexes[f] = index;
      }
      at = staticValues;
      int values = Math.min(uleb(), fieldIndexes.length);
      Map<String, String> named = new LinkedHashMap<>();
      for (int v = 0; v < values; v++) {
        String value = value();
        int field = fieldIndexes[v];
        if (value != null && field < fields) {
          String name = string(u4(fieldIds + 8 * field + 4));
          if (name != null) {
            named.put(name, value);
          }
        }
      }
      if (!named.isEmpty()) {
        int type = u4(def);
        String descriptor = type < types ? string(u4(typeIds + 4 * type)) : null;
        byClass.put(descriptor == null ? "" : descriptor, named);
      }
    }
    return byClass;
  }

  /**
   * Per class descriptor, the strings its methods load ({@code const-string}, {@code const-string/jumbo}) in code order,
   * for the classes that load one that {@code wanted} keeps; the code of the others is walked but nothing is kept. A
   * minified build inlines constants into the code that uses them: this is what stands beside what there.
   */
  public Map<String, List<String>> loadedStrings(java.util.function.Predicate<String> wanted) throws Malformed {
    // each string is judged once, when first loaded: 0 not yet, 1 wanted, 2 not
    byte[] verdicts = new byte[strings.length];
    java.util.function.IntPredicate cached = index -> {
      if (verdicts[index] == 0) {
        verdicts[index] = (byte) (wanted.test(strings[index]) ? 1 : 2);
      }
      return verdicts[index] == 1;
    };
    try {
      return readLoadedStrings(cached);
    } catch (RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  private Map<String, List<String>> readLoadedStrings(java.util.function.IntPredicate wanted) throws Malformed {
    int types = bounded(u4(64), dex.length / 4);
    int typeIds = u4(68);
    int classes = bounded(u4(96), dex.length / 32);
    int classDefs = u4(100);
    Map<String, List<String>> byClass = new LinkedHashMap<>();
    for (int c = 0; c < classes; c++) {
      int def = classDefs + 32 * c;
      int classData = u4(def + 24);
      if (classData == 0) {
        continue;
      }
      at = classData;
      int staticFields = uleb();
      int instanceFields = uleb();
      int direct = uleb();
      int virtual = uleb();
      for (int f = 0; f < staticFields + instanceFields; f++) {
        uleb();
        uleb();
      }
      List<Integer> codes = new java.util.ArrayList<>();
      for (int m = 0; m < direct + virtual; m++) {
        uleb();
        uleb();
        int code = uleb();
        if (code != 0) {
          codes.add(code);
        }
      }
      List<String> loaded = new java.util.ArrayList<>();
      boolean any = false;
      for (int code : codes) {
        any |= loads(code, wanted, loaded);
      }
      if (any) {
        int type = u4(def);
        String descriptor = type < types ? string(u4(typeIds + 4 * type)) : null;
        byClass.put(descriptor == null ? "" : descriptor, loaded);
      }
    }
    return byClass;
  }

  /** Adds the strings a method's code loads; whether one of them is wanted. */
  private boolean loads(int code, java.util.function.IntPredicate wanted, List<String> loaded) throws Malformed {
    long units = u4(code + 12) & 0xffffffffL;
    int start = code + 16;
    if (units > (dex.length - start) / 2) {
      throw new Malformed("code past the file");
    }
    boolean any = false;
    int pc = 0;
    while (pc < units) {
      int unit = u1(start + 2 * pc) | u1(start + 2 * pc + 1) << 8;
      int opcode = unit & 0xff;
      int index = -1;
      if (opcode == 0x1a) {
        index = u1(start + 2 * pc + 2) | u1(start + 2 * pc + 3) << 8;
      } else if (opcode == 0x1b) {
        index = u4(start + 2 * pc + 2);
      }
      if (index >= 0 && index < strings.length) {
        loaded.add(strings[index]);
        any |= wanted.test(index);
      }
      pc += width(unit, start + 2 * pc);
    }
    return any;
  }

  /** The width in 16-bit units of the instruction (or payload) at {@code offset}: see {@link DalvikWidths}. */
  private int width(int unit, int offset) throws Malformed {
    if (!DalvikWidths.isPayload(unit)) {
      return DalvikWidths.of(unit);
    }
    int size16 = u1(offset + 2) | u1(offset + 3) << 8;
    long size32 = unit == DalvikWidths.ARRAY_DATA ? u4(offset + 4) & 0xffffffffL : 0;
    long total = DalvikWidths.payload(unit, size16, size32);
    if (total > dex.length) {
      throw new Malformed("a payload past the file");
    }
    return (int) total;
  }

  /** One encoded value: its string when it is one, else null (and skipped). */
  private String value() throws Malformed {
    int header = u1(at++);
    int type = header & 0x1f;
    int arg = header >>> 5;
    switch (type) {
      case VALUE_NULL, VALUE_BOOLEAN -> {
        return null;
      }
      case VALUE_ARRAY -> {
        int size = uleb();
        for (int i = 0; i < size; i++) {
          value();
        }
        return null;
      }
      case VALUE_ANNOTATION -> {
        uleb();
        int size = uleb();
        for (int i = 0; i < size; i++) {
          uleb();
          value();
        }
        return null;
      }
      default -> {
        long index = 0;
        for (int i = 0; i <= arg; i++) {
          index |= (long) u1(at++) << (8 * i);
        }
        return type == VALUE_STRING && index < strings.length ? strings[(int) index] : null;
      }
    }
  }

  private String string(int index) {
    return index >= 0 && index < strings.length ? strings[index] : null;
  }

  /** A {@code string_data_item}: its UTF-16 length, then MUTF-8 bytes up to a NUL. */
  private String stringAt(int offset) throws Malformed {
    at = offset;
    uleb();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = u1(at++)) != 0) {
      bytes.write(b);
    }
    // MUTF-8 differs from UTF-8 in NUL and in surrogate pairs: a credential is ASCII either way
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private int uleb() throws Malformed {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = u1(at++);
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new Malformed("uleb128 too long");
  }

  private int u1(int offset) throws Malformed {
    if (offset < 0 || offset >= dex.length) {
      throw new Malformed("points outside the file");
    }
    return dex[offset] & 0xff;
  }

  private int u4(int offset) throws Malformed {
    return u1(offset) | u1(offset + 1) << 8 | u1(offset + 2) << 16 | u1(offset + 3) << 24;
  }

  private static int bounded(int count, int max) throws Malformed {
    if (count < 0 || count > max) {
      throw new Malformed("a count larger than the file");
    }
    return count;
  }
}
