package com.providercredentials.binaries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A writer of protocol-buffer messages (the wire format: varint keys, length-delimited fields) for the tests' bundle
 * resources, laid out as aapt2's {@code Resources.proto} says; bundletool is not on Maven Central.
 */
public final class Proto {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public static Proto message() {
    return new Proto();
  }

  public Proto string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  public Proto message(int field, Proto message) {
    return bytes(field, message.bytes());
  }

  public Proto varint(int field, long value) {
    key(field, 0);
    varint(value);
    return this;
  }

  public Proto bytes(int field, byte[] bytes) {
    key(field, 2);
    varint(bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  private void key(int field, int wireType) {
    varint(((long) field << 3) | wireType);
  }

  private void varint(long value) {
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      out.write((int) ((rest & 0x7F) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }

  /** A {@code ResourceTable} of one package whose type "string" holds these names and values (str, then raw_str). */
  public static byte[] resourceTable(String... namesAndValues) {
    Proto type = message().varint(1, 3).string(2, "string");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Proto item = i % 4 == 0 ? message().message(2, message().string(1, namesAndValues[i + 1]))
        : message().message(3, message().string(1, namesAndValues[i + 1]));
      Proto configValue = message().message(1, message().bytes(1, new byte[] {0, 0, 0, 64})).message(2, message().varint(3, 0).message(4, item));
      type.message(3, message().message(1, message().varint(1, i)).string(2, namesAndValues[i]).message(6, configValue));
    }
    Proto colors = message().string(2, "color").message(3, message().string(2, "primary")
      .message(6, message().message(2, message().message(4, message().message(7, message().varint(9, 0xFF00FF00L))))));
    return message().message(2, message().string(2, "com.example").message(3, colors).message(3, type)).bytes();
  }

  /** A proto {@code AndroidManifest.xml}: a manifest whose application holds these meta-data (name, value, ...). */
  public static byte[] manifest(String... namesAndValues) {
    String android = "http://schemas.android.com/apk/res/android";
    Proto application = message().string(3, "application");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Proto metaData = message().string(3, "meta-data")
        .message(4, message().string(1, android).string(2, "name").string(3, namesAndValues[i]).varint(5, 0x01010003))
        .message(4, message().string(1, android).string(2, "value").string(3, namesAndValues[i + 1]).varint(5, 0x01010024));
      application.message(5, message().message(1, metaData));
    }
    Proto manifest = message().message(1, message().string(1, "android").string(2, android)).string(3, "manifest")
      .message(4, message().string(2, "package").string(3, "com.example"))
      .message(5, message().message(1, application));
    return message().message(1, manifest).bytes();
  }
}
