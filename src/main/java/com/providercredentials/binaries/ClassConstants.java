package com.providercredentials.binaries;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings a JVM class file holds (docs/adr/029): the {@code String} constants of its constant pool, in pool order,
 * and the values of its {@code static final String} fields by name (their {@code ConstantValue} attributes). Read from
 * the bytes alone, no class is loaded; a file that is not a well-formed class throws {@link Malformed}.
 */
public record ClassConstants(String className, Map<String, String> fields, List<String> strings) {

  /** The class file is not one, or is cut short. */
  public static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  private static final int UTF8 = 1;
  private static final int STRING = 8;
  private static final int CLASS = 7;

  public static ClassConstants read(byte[] bytes) throws Malformed {
    try {
      return parse(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      throw new Malformed(e.getClass().getSimpleName());
    }
  }

  private static ClassConstants parse(DataInputStream in) throws IOException, Malformed {
    if (in.readInt() != 0xCAFEBABE) {
      throw new Malformed("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] tags = new int[count];
    int[] refs = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case UTF8 -> utf8[i] = in.readUTF();
        case STRING, CLASS, 16, 19, 20 -> refs[i] = in.readUnsignedShort();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new Malformed("constant tag " + tag);
      }
    }
    in.readUnsignedShort();
    int thisClass = in.readUnsignedShort();
    String className = thisClass > 0 && thisClass < count && tags[thisClass] == CLASS ? text(utf8, refs[thisClass]) : "";
    in.readUnsignedShort();
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int fieldCount = in.readUnsignedShort();
    for (int f = 0; f < fieldCount; f++) {
      in.readUnsignedShort();
      String name = text(utf8, in.readUnsignedShort());
      String descriptor = text(utf8, in.readUnsignedShort());
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = text(utf8, in.readUnsignedShort());
        int length = in.readInt();
        if ("ConstantValue".equals(attribute) && length == 2 && "Ljava/lang/String;".equals(descriptor)) {
          int index = in.readUnsignedShort();
          String value = index > 0 && index < count && tags[index] == STRING ? text(utf8, refs[index]) : null;
          if (name != null && value != null) {
            fields.put(name, value);
          }
        } else if (in.skipBytes(length) != length) {
          throw new Malformed("cut short");
        }
      }
    }
    List<String> strings = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (tags[i] == STRING && text(utf8, refs[i]) != null) {
        strings.add(text(utf8, refs[i]));
      }
    }
    return new ClassConstants(className == null ? "" : className, fields, strings);
  }

  private static String text(String[] utf8, int index) {
    return index > 0 && index < utf8.length ? utf8[index] : null;
  }
}
