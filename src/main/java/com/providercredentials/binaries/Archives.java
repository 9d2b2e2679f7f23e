package com.providercredentials.binaries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a zip archive (a jar, an AAR, an APK), read as a stream within bounds that never trust its headers
 * (docs/adr/029): at most {@link #MAX_ENTRIES} entries, {@link #MAX_ENTRY_BYTES} per entry and {@link #MAX_TOTAL_BYTES}
 * inflated in all, nested archives included, counted as they are inflated. A zip bomb, a truncated or malformed
 * archive ends in an {@link IOException}, which its caller logs once.
 */
final class Archives {

  static final int MAX_ENTRIES = 100_000;
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
  /** How deep archives are read inside archives (an AAR's {@code classes.jar}, a jar in an APK's assets). */
  static final int MAX_NESTING = 2;

  /** An archive past one of the bounds. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  interface Visitor {
    /** One entry that {@code wanted} accepted, with its bytes; {@code path} names it, nested archives included. */
    void entry(String path, byte[] bytes) throws IOException;
  }

  private final Predicate<String> wanted;
  private final Visitor visitor;
  private long total;
  private int entries;

  private Archives(Predicate<String> wanted, Visitor visitor) {
    this.wanted = wanted;
    this.visitor = visitor;
  }

  /** Reads an archive, and the {@code .jar} archives inside it, handing the wanted entries to {@code visitor}. */
  static void read(InputStream archive, Predicate<String> wanted, Visitor visitor) throws IOException {
    new Archives(wanted, visitor).read(archive, "", 0);
  }

  private void read(InputStream archive, String prefix, int depth) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new TooLarge("more than " + MAX_ENTRIES + " entries");
        }
        String name = entry.getName();
        boolean nested = name.endsWith(".jar") && depth < MAX_NESTING;
        if (entry.isDirectory() || !(nested || wanted.test(name))) {
          drain(zip);
          continue;
        }
        byte[] bytes = bytes(zip);
        if (nested) {
          read(new ByteArrayInputStream(bytes), prefix + name + "!/", depth + 1);
        } else {
          visitor.entry(prefix + name, bytes);
        }
      }
    } catch (IllegalArgumentException e) {
      // a malformed entry name or extra field
      throw new IOException(e.getClass().getSimpleName(), e);
    }
  }

  /** Inflates an entry that is not wanted, counting it: a bomb is stopped, not skipped over at any cost. */
  private void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) > 0) {
      // not held in memory: only the total bounds it (a large asset is no bomb)
      count(0, read);
    }
  }

  private byte[] bytes(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long entry = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      entry += read;
      count(entry, read);
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private void count(long entry, int read) throws TooLarge {
    total += read;
    if (entry > MAX_ENTRY_BYTES) {
      throw new TooLarge("an entry inflates to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
    }
    if (total > MAX_TOTAL_BYTES) {
      throw new TooLarge("it inflates to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
    }
  }
}
