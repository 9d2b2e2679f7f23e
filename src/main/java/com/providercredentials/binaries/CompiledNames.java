package com.providercredentials.binaries;

import java.util.ArrayList;
import java.util.List;

/**
 * The names that go with an APK's compiled values (the layout is AOSP's {@code ResourceTypes.h}):
 * <ul>
 *   <li>in {@code resources.arsc}, each string resource's entry key: a package chunk holds the pools of type names and
 *       entry keys, and type chunks whose entries point to a key and, for a string, into the table's value pool;</li>
 *   <li>in the compiled {@code AndroidManifest.xml}, each {@code <meta-data>} element's {@code name} and {@code value}
 *       attributes.</li>
 * </ul>
 * Every read is bounds-checked through {@link ResourceStrings}: a file that is not one throws
 * {@link ResourceStrings.Malformed}.
 */
public final class CompiledNames {

  static final int PACKAGE = 0x0200;
  static final int TYPE = 0x0201;
  static final int XML_START_ELEMENT = 0x0102;
  /** {@code Res_value.dataType} of a string: its data is an index into the value pool. */
  static final int TYPE_STRING = 0x03;
  static final int ENTRY_COMPLEX = 0x0001;
  static final int ENTRY_COMPACT = 0x0008;
  static final int TYPE_SPARSE = 0x01;
  static final int TYPE_OFFSET16 = 0x02;
  private static final long NO_ENTRY = 0xFFFFFFFFL;
  private static final int PACKAGE_TYPE_STRINGS = 268;
  private static final int PACKAGE_KEY_STRINGS = 276;

  private final ResourceStrings file;

  private CompiledNames(byte[] bytes) {
    this.file = new ResourceStrings(bytes);
  }

  /** The string resources of a {@code resources.arsc} with their names, in table order (each configuration's). */
  public static List<ResourceText.Named> strings(byte[] table) throws ResourceStrings.Malformed {
    try {
      return new CompiledNames(table).tableStrings();
    } catch (RuntimeException e) {
      throw new ResourceStrings.Malformed(e.getClass().getSimpleName());
    }
  }

  /** The {@code <meta-data>} names and values of a compiled {@code AndroidManifest.xml}, in document order. */
  public static List<ResourceText.Named> metaData(byte[] manifest) throws ResourceStrings.Malformed {
    try {
      return new CompiledNames(manifest).manifestMetaData();
    } catch (RuntimeException e) {
      throw new ResourceStrings.Malformed(e.getClass().getSimpleName());
    }
  }

  private List<ResourceText.Named> tableStrings() throws ResourceStrings.Malformed {
    if (file.u2(0) != ResourceStrings.TABLE) {
      throw new ResourceStrings.Malformed("not a resource table");
    }
    List<ResourceText.Named> out = new ArrayList<>();
    List<String> values = null;
    int end = file.end();
    for (int chunk = file.u2(2); chunk + 8 <= end; chunk += size(chunk, end)) {
      int type = file.u2(chunk);
      if (type == ResourceStrings.STRING_POOL && values == null) {
        values = new ArrayList<>();
        file.pool(chunk, values);
      } else if (type == PACKAGE && values != null) {
        packageStrings(chunk, chunk + size(chunk, end), values, out);
      }
    }
    return out;
  }

  private void packageStrings(int chunk, int end, List<String> values, List<ResourceText.Named> out) throws ResourceStrings.Malformed {
    List<String> types = new ArrayList<>();
    file.pool(chunk + file.u4(chunk + PACKAGE_TYPE_STRINGS), types);
    List<String> keys = new ArrayList<>();
    file.pool(chunk + file.u4(chunk + PACKAGE_KEY_STRINGS), keys);
    for (int sub = chunk + file.u2(chunk + 2); sub + 8 <= end; sub += size(sub, end)) {
      int id = file.u1(sub + 8);
      if (file.u2(sub) == TYPE && id >= 1 && id <= types.size() && types.get(id - 1).equals("string")) {
        typeStrings(sub, sub + size(sub, end), values, keys, out);
      }
    }
  }

  /** A type chunk's entries: offsets (32-bit, 16-bit, or sparse index/offset pairs), then entries and values. */
  private void typeStrings(int chunk, int end, List<String> values, List<String> keys, List<ResourceText.Named> out)
    throws ResourceStrings.Malformed {
    int flags = file.u1(chunk + 9);
    int count = file.u4(chunk + 12);
    int entries = chunk + file.u4(chunk + 16);
    int offsets = chunk + file.u2(chunk + 2);
    int width = (flags & (TYPE_SPARSE | TYPE_OFFSET16)) != 0 ? 2 : 4;
    int stride = (flags & TYPE_SPARSE) != 0 ? 4 : width;
    if (count < 0 || offsets + (long) count * stride > end) {
      throw new ResourceStrings.Malformed("entries past the chunk");
    }
    for (int i = 0; i < count; i++) {
      long offset;
      if ((flags & TYPE_SPARSE) != 0) {
        offset = 4L * file.u2(offsets + 4 * i + 2);
      } else if (width == 2) {
        int half = file.u2(offsets + 2 * i);
        offset = half == 0xFFFF ? NO_ENTRY : 4L * half;
      } else {
        offset = file.u4(offsets + 4 * i) & 0xFFFFFFFFL;
      }
      if (offset != NO_ENTRY && entries + offset + 8 <= end) {
        entry((int) (entries + offset), values, keys, out);
      }
    }
  }

  private void entry(int at, List<String> values, List<String> keys, List<ResourceText.Named> out) throws ResourceStrings.Malformed {
    int flags = file.u2(at + 2);
    int key;
    int dataType;
    long data;
    if ((flags & ENTRY_COMPACT) != 0) {
      key = file.u2(at);
      dataType = flags >>> 8;
      data = file.u4(at + 4) & 0xFFFFFFFFL;
    } else if ((flags & ENTRY_COMPLEX) != 0) {
      return;
    } else {
      key = file.u4(at + 4);
      int value = at + file.u2(at);
      dataType = file.u1(value + 3);
      data = file.u4(value + 4) & 0xFFFFFFFFL;
    }
    if (dataType == TYPE_STRING && key >= 0 && key < keys.size() && data < values.size()) {
      out.add(new ResourceText.Named(keys.get(key), values.get((int) data)));
    }
  }

  private List<ResourceText.Named> manifestMetaData() throws ResourceStrings.Malformed {
    if (file.u2(0) != ResourceStrings.XML) {
      throw new ResourceStrings.Malformed("not a compiled XML file");
    }
    List<ResourceText.Named> out = new ArrayList<>();
    List<String> pool = null;
    int end = file.end();
    for (int chunk = file.u2(2); chunk + 8 <= end; chunk += size(chunk, end)) {
      int type = file.u2(chunk);
      if (type == ResourceStrings.STRING_POOL && pool == null) {
        pool = new ArrayList<>();
        file.pool(chunk, pool);
      } else if (type == XML_START_ELEMENT && pool != null) {
        metaData(chunk, pool, out);
      }
    }
    return out;
  }

  /** A start element (node header, then {@code ResXMLTree_attrExt} and its attributes): a meta-data's name and value. */
  private void metaData(int chunk, List<String> pool, List<ResourceText.Named> out) throws ResourceStrings.Malformed {
    int ext = chunk + file.u2(chunk + 2);
    if (!"meta-data".equals(string(pool, file.u4(ext + 4)))) {
      return;
    }
    int start = ext + file.u2(ext + 8);
    int size = file.u2(ext + 10);
    int count = file.u2(ext + 12);
    String name = null;
    String value = null;
    for (int i = 0; i < count; i++) {
      int attribute = start + i * size;
      String attributeName = string(pool, file.u4(attribute + 4));
      int raw = file.u4(attribute + 8);
      String text = raw != -1 ? string(pool, raw)
        : (file.u1(attribute + 15) == TYPE_STRING ? string(pool, file.u4(attribute + 16)) : null);
      if ("name".equals(attributeName)) {
        name = text;
      } else if ("value".equals(attributeName)) {
        value = text;
      }
    }
    if (name != null && value != null) {
      out.add(new ResourceText.Named(name, value));
    }
  }

  private static String string(List<String> pool, int index) {
    return index >= 0 && index < pool.size() ? pool.get(index) : null;
  }

  private int size(int chunk, int end) throws ResourceStrings.Malformed {
    int size = file.u4(chunk + 4);
    if (size < 8 || chunk + (long) size > end) {
      throw new ResourceStrings.Malformed("a chunk past its parent");
    }
    return size;
  }
}
