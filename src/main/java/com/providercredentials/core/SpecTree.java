package com.providercredentials.core;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The provider specs and the vocabulary are written in YAML and read as the tree of maps, lists, strings, numbers and
 * booleans a YAML parser makes of them. The build parses them once ({@link #main}, in the {@code process-classes}
 * phase) and writes each tree next to its YAML file as {@code NAME.yaml.tree}, in the small binary form below; the
 * plugin reads that form in a scanner, where a YAML parser's code would run cold for a few kilobytes (docs/adr/012).
 * The YAML files stay the source: they are what people edit, and the tests compare both trees.
 */
public final class SpecTree {

  /** What is appended to a YAML resource's name for its tree. */
  public static final String SUFFIX = ".tree";
  private static final String EXAMPLES = "examples";

  private static final int MAP = 'M';
  private static final int LIST = 'L';
  private static final int STRING = 'S';
  private static final int INTEGER = 'I';
  private static final int BOOLEAN = 'B';
  private static final int NULL = 'N';

  private SpecTree() {
  }

  /** The tree of a YAML text, as the plugin's specs are parsed (safe constructor: no types but the standard ones). */
  public static Object parseYaml(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  /**
   * The tree of a YAML resource: its compiled form when the build made one, else the YAML itself (a class path that
   * did not go through the build's {@code process-classes} phase).
   */
  public static Object load(ClassLoader loader, String resource) throws IOException {
    try (InputStream tree = loader.getResourceAsStream(resource + SUFFIX)) {
      if (tree != null) {
        return read(new DataInputStream(new BufferedInputStream(tree)));
      }
    }
    return loadYaml(loader, resource);
  }

  /** The tree of a YAML resource, parsed from the YAML. */
  public static Object loadYaml(ClassLoader loader, String resource) throws IOException {
    try (InputStream yaml = loader.getResourceAsStream(resource)) {
      if (yaml == null) {
        throw new IOException("Resource not found: " + resource);
      }
      return parseYaml(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public static void write(@Nullable Object node, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    writeNode(node, data);
    data.flush();
  }

  private static void writeNode(@Nullable Object node, DataOutputStream out) throws IOException {
    if (node == null) {
      out.writeByte(NULL);
    } else if (node instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writeNode(entry.getKey(), out);
        writeNode(entry.getValue(), out);
      }
    } else if (node instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        writeNode(item, out);
      }
    } else if (node instanceof String string) {
      out.writeByte(STRING);
      out.writeUTF(string);
    } else if (node instanceof Integer integer) {
      out.writeByte(INTEGER);
      out.writeInt(integer);
    } else if (node instanceof Boolean bool) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(bool);
    } else {
      // a date, a float, a big number: nothing a spec holds; quote it in the YAML
      throw new IOException("Unsupported value in a spec: " + node.getClass().getSimpleName());
    }
  }

  public static Object read(DataInputStream in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case MAP -> {
        int size = in.readInt();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(read(in), read(in));
        }
        return map;
      }
      case LIST -> {
        int size = in.readInt();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(in));
        }
        return list;
      }
      case STRING -> {
        return in.readUTF();
      }
      case INTEGER -> {
        return in.readInt();
      }
      case BOOLEAN -> {
        return in.readBoolean();
      }
      case NULL -> {
        return null;
      }
      default -> throw new IOException("Not a spec tree (tag " + tag + ")");
    }
  }

  /** The build: writes {@code NAME.yaml.tree} beside every spec and the vocabulary in {@code args[0]} (target/classes). */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> specs = Files.list(classes.resolve(SpecLoader.FOLDER))) {
      specs.filter(p -> p.getFileName().toString().endsWith(".yaml")).forEach(sources::add);
    }
    int specs = sources.size();
    sources.add(classes.resolve("com/providercredentials/core/vocabulary.yaml"));
    for (int i = 0; i < sources.size(); i++) {
      Path source = sources.get(i);
      Path target = source.resolveSibling(source.getFileName() + SUFFIX);
      Object tree = parseYaml(Files.readString(source));
      try (OutputStream out = Files.newOutputStream(target)) {
        write(i < specs ? withoutExamples(tree) : tree, out);
      }
    }
  }

  /**
   * A spec's tree without its examples (those of the spec and of its client-side calls): they are the tests' data, more
   * than half of a spec, and a scanner never needs them (docs/adr/021).
   */
  @SuppressWarnings("unchecked")
  public static Object withoutExamples(Object spec) {
    if (!(spec instanceof Map<?, ?> map)) {
      return spec;
    }
    Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
    copy.remove(EXAMPLES);
    if (copy.get("client-side") instanceof Map<?, ?> clientSide) {
      Map<Object, Object> calls = new LinkedHashMap<>((Map<Object, Object>) clientSide);
      calls.remove(EXAMPLES);
      copy.put("client-side", calls);
    }
    return copy;
  }
}
