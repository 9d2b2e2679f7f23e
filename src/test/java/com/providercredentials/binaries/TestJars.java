package com.providercredentials.binaries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Jars made in the tests from Java sources compiled in memory: no binary is committed (docs/adr/029). */
public final class TestJars {

  private TestJars() {
  }

  /** The class files of the sources (qualified name → source), compiled by the JDK's compiler. */
  public static Map<String, byte[]> compile(Map<String, String> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null);
    JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(className, c -> new ByteArrayOutputStream());
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, source) -> units.add(new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    }));
    if (!compiler.getTask(null, manager, null, List.of("-g:none", "--release", "8"), null, units).call()) {
      throw new IllegalStateException("the test sources do not compile");
    }
    Map<String, byte[]> classes = new TreeMap<>();
    out.forEach((name, bytes) -> classes.put(name.replace('.', '/') + ".class", bytes.toByteArray()));
    return classes;
  }

  /** A jar of the compiled sources, and of any other entries given as bytes. */
  public static byte[] jar(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue());
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * An app as the build leaves it, made with D8 (the Android dex compiler, from Maven Central): an archive holding the
   * {@code classes.dex} of the compiled sources, and any other entries given.
   */
  public static void app(Path path, Map<String, String> sources, Map<String, byte[]> others) throws IOException {
    dexed(path, others, "D8", output -> {
      com.android.tools.r8.D8Command.Builder command = com.android.tools.r8.D8Command.builder()
        .setMinApiLevel(21)
        .setMode(com.android.tools.r8.CompilationMode.RELEASE)
        .setProgramConsumer(new com.android.tools.r8.DexIndexedConsumer.ArchiveConsumer(output));
      compile(sources).values().forEach(bytes -> command.addClassProgramData(bytes, com.android.tools.r8.origin.Origin.unknown()));
      com.android.tools.r8.D8.run(command.build());
    });
  }

  /**
   * A minified release app, made with R8 (from Maven Central) as a release build makes it: classes and members renamed,
   * constants inlined, what nothing keeps removed; {@code keep} holds the ProGuard rules (the entry points).
   */
  public static void minifiedApp(Path path, Map<String, String> sources, String keep) throws IOException {
    dexed(path, Map.of(), "R8", output -> {
      com.android.tools.r8.R8Command.Builder command = com.android.tools.r8.R8Command.builder()
        .setMinApiLevel(21)
        .setMode(com.android.tools.r8.CompilationMode.RELEASE)
        .addLibraryResourceProvider(com.android.tools.r8.JdkClassFileProvider.fromSystemJdk())
        .addProguardConfiguration(List.of(keep, "-dontwarn **"), com.android.tools.r8.origin.Origin.unknown())
        .setProgramConsumer(new com.android.tools.r8.DexIndexedConsumer.ArchiveConsumer(output));
      compile(sources).values().forEach(bytes -> command.addClassProgramData(bytes, com.android.tools.r8.origin.Origin.unknown()));
      com.android.tools.r8.R8.run(command.build());
    });
  }

  private interface Compiler {
    void run(Path output) throws com.android.tools.r8.CompilationFailedException, IOException;
  }

  /** Runs a dex compiler into a temporary archive, and writes its dex files with the other entries to {@code path}. */
  private static void dexed(Path path, Map<String, byte[]> others, String name, Compiler compiler) throws IOException {
    Path dexZip = Files.createTempFile(name, ".zip");
    try {
      compiler.run(dexZip);
      Map<String, byte[]> entries = new TreeMap<>(others);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dexZip.toFile())) {
        for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
          entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
        }
      }
      Files.createDirectories(path.getParent());
      Files.write(path, jar(entries));
    } catch (com.android.tools.r8.CompilationFailedException e) {
      throw new IllegalStateException(name + " failed on the test sources", e);
    } finally {
      Files.deleteIfExists(dexZip);
    }
  }

  /**
   * A compiled resource file as aapt2 lays one out, reduced to what the reader takes: a resource table
   * ({@code resources.arsc}, chunk type 2) or a compiled XML file (type 3) whose only child is a string pool of the
   * strings, UTF-8 or UTF-16 (the format: AOSP's {@code ResourceTypes.h}).
   */
  public static byte[] resourceFile(boolean table, List<String> strings, boolean utf8) {
    java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
    int[] offsets = new int[strings.size()];
    for (int i = 0; i < strings.size(); i++) {
      offsets[i] = data.size();
      String value = strings.get(i);
      if (utf8) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        data.write(value.length());
        data.write(bytes.length);
        data.writeBytes(bytes);
        data.write(0);
      } else {
        data.write(value.length() & 0xff);
        data.write(value.length() >> 8);
        data.writeBytes(value.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        data.write(0);
        data.write(0);
      }
    }
    while (data.size() % 4 != 0) {
      data.write(0);
    }
    int poolHeader = 28;
    int poolSize = poolHeader + 4 * strings.size() + data.size();
    int fileHeader = table ? 12 : 8;
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(fileHeader + poolSize).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    out.putShort((short) (table ? 2 : 3)).putShort((short) fileHeader).putInt(fileHeader + poolSize);
    if (table) {
      out.putInt(0);
    }
    out.putShort((short) 1).putShort((short) poolHeader).putInt(poolSize).putInt(strings.size()).putInt(0)
      .putInt(utf8 ? 1 << 8 : 0).putInt(poolHeader + 4 * strings.size()).putInt(0);
    for (int offset : offsets) {
      out.putInt(offset);
    }
    out.put(data.toByteArray());
    return out.array();
  }

  /**
   * A {@code resources.arsc} with names, as aapt2 lays one out (AOSP's {@code ResourceTypes.h}): the value pool, then
   * a package whose type pool is [color, string] and whose key pool holds the names; a type chunk "color" with one
   * entry (not a string resource, though its value is one), and a type chunk "string" with an entry per name, 32-bit
   * offsets, one of them absent.
   */
  public static byte[] namedResourceTable(java.util.LinkedHashMap<String, String> strings) {
    List<String> names = new java.util.ArrayList<>(strings.keySet());
    List<String> values = new java.util.ArrayList<>(strings.values());
    values.add("#ff00ff");
    byte[] valuePool = pool(values);
    byte[] typePool = pool(List.of("color", "string"));
    List<String> keys = new java.util.ArrayList<>(names);
    keys.add("primary");
    byte[] keyPool = pool(keys);
    byte[] color = typeChunk(1, List.of(new int[] {names.size(), values.size() - 1}));
    List<int[]> entries = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      entries.add(new int[] {i, i});
      if (i == 0) {
        entries.add(null);
      }
    }
    byte[] string = typeChunk(2, entries);
    int packageHeader = 288;
    int packageSize = packageHeader + typePool.length + keyPool.length + color.length + string.length;
    java.nio.ByteBuffer pkg = little(packageSize);
    pkg.putShort((short) 0x0200).putShort((short) packageHeader).putInt(packageSize).putInt(0x7f);
    byte[] name = "com.example".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    pkg.put(name).put(new byte[256 - name.length]);
    pkg.putInt(packageHeader).putInt(0).putInt(packageHeader + typePool.length).putInt(0).putInt(0);
    pkg.put(typePool).put(keyPool).put(color).put(string);
    int size = 12 + valuePool.length + packageSize;
    return little(size).putShort((short) 2).putShort((short) 12).putInt(size).putInt(1).put(valuePool).put(pkg.array()).array();
  }

  /** A type chunk of the given id: entries of {key index, value pool index}, null for an absent entry. */
  private static byte[] typeChunk(int id, List<int[]> entries) {
    int header = 20 + 64;
    int size = header + 4 * entries.size() + 16 * (int) entries.stream().filter(java.util.Objects::nonNull).count();
    java.nio.ByteBuffer chunk = little(size);
    chunk.putShort((short) 0x0201).putShort((short) header).putInt(size).put((byte) id).put((byte) 0).putShort((short) 0)
      .putInt(entries.size()).putInt(header + 4 * entries.size()).putInt(64).put(new byte[60]);
    int offset = 0;
    for (int[] entry : entries) {
      chunk.putInt(entry == null ? -1 : offset);
      offset += entry == null ? 0 : 16;
    }
    for (int[] entry : entries) {
      if (entry != null) {
        chunk.putShort((short) 8).putShort((short) 0).putInt(entry[0]).putShort((short) 8).put((byte) 0).put((byte) 3).putInt(entry[1]);
      }
    }
    return chunk.array();
  }

  /** A compiled {@code AndroidManifest.xml} whose application holds these meta-data (name, value), with a namespace. */
  public static byte[] compiledManifest(java.util.LinkedHashMap<String, String> metaData) {
    List<String> strings = new java.util.ArrayList<>(List.of("name", "value", "http://schemas.android.com/apk/res/android",
      "manifest", "application", "meta-data", "package", "com.example"));
    java.io.ByteArrayOutputStream elements = new java.io.ByteArrayOutputStream();
    elements.writeBytes(startElement(3, List.of(new int[] {-1, 6, 7})));
    elements.writeBytes(startElement(4, List.of()));
    for (var entry : metaData.entrySet()) {
      strings.add(entry.getKey());
      strings.add(entry.getValue());
      elements.writeBytes(startElement(5, List.of(new int[] {2, 0, strings.size() - 2}, new int[] {2, 1, strings.size() - 1})));
    }
    byte[] pool = pool(strings);
    int size = 8 + pool.length + elements.size();
    return little(size).putShort((short) 3).putShort((short) 8).putInt(size).put(pool).put(elements.toByteArray()).array();
  }

  /** A start element: its name, then attributes of {namespace, name, raw value} string indexes. */
  private static byte[] startElement(int name, List<int[]> attributes) {
    int size = 16 + 20 + 20 * attributes.size();
    java.nio.ByteBuffer chunk = little(size);
    chunk.putShort((short) 0x0102).putShort((short) 16).putInt(size).putInt(1).putInt(-1)
      .putInt(-1).putInt(name).putShort((short) 20).putShort((short) 20).putShort((short) attributes.size())
      .putShort((short) 0).putShort((short) 0).putShort((short) 0);
    for (int[] attribute : attributes) {
      chunk.putInt(attribute[0]).putInt(attribute[1]).putInt(attribute[2]).putShort((short) 8).put((byte) 0).put((byte) 3).putInt(attribute[2]);
    }
    return chunk.array();
  }

  /** A string pool chunk of these strings (UTF-8). */
  private static byte[] pool(List<String> strings) {
    byte[] file = resourceFile(false, strings, true);
    return java.util.Arrays.copyOfRange(file, 8, file.length);
  }

  private static java.nio.ByteBuffer little(int size) {
    return java.nio.ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
  }

  /** Writes a jar of the compiled sources to {@code path}. */
  public static void write(Path path, Map<String, String> sources) throws IOException {
    Files.createDirectories(path.getParent());
    Files.write(path, jar(compile(sources)));
  }
}
