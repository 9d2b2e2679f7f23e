package com.providercredentials.binaries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings of an Android binary resource file (docs/adr/029): the top-level string pools ({@code ResStringPool}) of
 * an APK's {@code resources.arsc}, which holds every string resource's value, and of its compiled
 * {@code AndroidManifest.xml}, which holds the values of its attributes ({@code <meta-data android:value>}). The pools
 * of the packages inside a resource table (type and key names) are not read. Every read is bounds-checked: a file that
 * is not one, or points outside itself, throws {@link Malformed}.
 */
public final class ResourceStrings {

  /** Not a resource file, or one that points outside itself. */
  public static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  static final int STRING_POOL = 0x0001;
  static final int TABLE = 0x0002;
  static final int XML = 0x0003;
  private static final int UTF8_FLAG = 1 << 8;

  private final byte[] bytes;

  ResourceStrings(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The strings of the file's top-level string pools, in pool order. */
  public static List<String> read(byte[] bytes) throws Malformed {
    try {
      return new ResourceStrings(bytes).strings();
    } catch (RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  private List<String> strings() throws Malformed {
    int type = u2(0);
    if (type != TABLE && type != XML) {
      throw new Malformed("not a resource table nor a compiled XML file");
    }
    int end = end();
    List<String> strings = new ArrayList<>();
    int chunk = u2(2);
    while (chunk + 8 <= end) {
      int size = u4(chunk + 4);
      if (size < 8 || chunk + (long) size > end) {
        throw new Malformed("a chunk past the file");
      }
      if (u2(chunk) == STRING_POOL) {
        pool(chunk, strings);
      }
      chunk += size;
    }
    return strings;
  }

  /** Where the file's chunks end: its declared size, within its bytes. */
  int end() throws Malformed {
    return Math.min(bytes.length, u4(4));
  }

  /** The strings of the pool whose chunk starts at {@code chunk}, appended in pool order. */
  void pool(int chunk, List<String> strings) throws Malformed {
    if (u2(chunk) != STRING_POOL) {
      throw new Malformed("not a string pool");
    }
    int count = u4(chunk + 8);
    int flags = u4(chunk + 16);
    int start = chunk + u4(chunk + 20);
    int offsets = chunk + u2(chunk + 2);
    if (count < 0 || count > bytes.length / 4) {
      throw new Malformed("a count larger than the file");
    }
    boolean utf8 = (flags & UTF8_FLAG) != 0;
    for (int i = 0; i < count; i++) {
      int at = start + u4(offsets + 4 * i);
      strings.add(utf8 ? utf8(at) : utf16(at));
    }
  }

  /** A UTF-8 entry: its length in UTF-16 units, then in bytes (each on one or two bytes), the bytes. */
  private String utf8(int at) throws Malformed {
    int skip = (u1(at) & 0x80) != 0 ? 2 : 1;
    int length = u1(at + skip);
    int header = 1;
    if ((length & 0x80) != 0) {
      length = ((length & 0x7f) << 8) | u1(at + skip + 1);
      header = 2;
    }
    int from = at + skip + header;
    if (from + length > bytes.length) {
      throw new Malformed("a string past the file");
    }
    return new String(bytes, from, length, StandardCharsets.UTF_8);
  }

  /** A UTF-16 entry: its length in units (on one or two units), the units. */
  private String utf16(int at) throws Malformed {
    int length = u2(at);
    int header = 2;
    if ((length & 0x8000) != 0) {
      length = ((length & 0x7fff) << 16) | u2(at + 2);
      header = 4;
    }
    int from = at + header;
    if (length < 0 || from + 2L * length > bytes.length) {
      throw new Malformed("a string past the file");
    }
    return new String(bytes, from, 2 * length, StandardCharsets.UTF_16LE);
  }

  int u1(int offset) throws Malformed {
    if (offset < 0 || offset >= bytes.length) {
      throw new Malformed("points outside the file");
    }
    return bytes[offset] & 0xff;
  }

  int u2(int offset) throws Malformed {
    return u1(offset) | u1(offset + 1) << 8;
  }

  int u4(int offset) throws Malformed {
    return u2(offset) | u2(offset + 2) << 16;
  }
}
