package com.providercredentials.binaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled artifacts, hostile ones included: they end in one exception, never in memory or time spent without bound. */
class ArchivesTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String SOURCE = """
    package com.vendor;
    public final class Keys {
      public static final String AWS_ACCESS_KEY_ID = "AKIAQ4NWZK2T7XRH3BFM";
      public static final String AWS_SECRET_ACCESS_KEY = "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";
      static final String GREETING = "hello";
      static String label() { return "release-build-label-2026"; }
    }
    """;

  @TempDir
  Path dir;

  @Test
  void a_class_gives_its_named_constants_and_its_other_strings_in_pool_order() throws IOException {
    Path jar = dir.resolve("vendor.jar");
    TestJars.write(jar, Map.of("com.vendor.Keys", SOURCE));

    List<SourceUnit> units = new BinaryFrontEnd(DETECTOR).read(jar, "file:///libs/vendor.jar", "/m");

    assertThat(units).singleElement().satisfies(unit -> {
      assertThat(unit.file()).isEqualTo("file:///libs/vendor.jar!/com/vendor/Keys.class");
      // "hello" is no credential: not handed over; each string has its own line, in the order of the constant pool
      assertThat(unit.bindings()).extracting(b -> b.names().get(0) + " " + b.context())
        .containsExactlyInAnyOrder("AWS_ACCESS_KEY_ID [Keys]", "AWS_SECRET_ACCESS_KEY [Keys]", "constant [Keys]");
      assertThat(unit.bindings()).extracting(b -> b.value().range().startLine()).doesNotHaveDuplicates().allMatch(line -> line >= 1 && line <= 4);
    });
  }

  @Test
  void class_constants_are_read_from_the_bytes_alone() throws Exception {
    byte[] bytes = TestJars.compile(Map.of("com.vendor.Keys", SOURCE)).get("com/vendor/Keys.class");
    ClassConstants constants = ClassConstants.read(bytes);
    assertThat(constants.className()).isEqualTo("com/vendor/Keys");
    assertThat(constants.fields()).containsOnlyKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GREETING");
    assertThat(constants.strings()).contains("hello", "release-build-label-2026");
    // cut anywhere: what is past the fields is not needed; before, one checked exception and nothing else
    int thrown = 0;
    for (int cut = 0; cut < bytes.length; cut++) {
      byte[] truncated = java.util.Arrays.copyOf(bytes, cut);
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> ClassConstants.read(truncated));
      assertThat(failure).as("cut at %d", cut).satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(ClassConstants.Malformed.class));
      thrown += failure == null ? 0 : 1;
    }
    assertThat(thrown).isGreaterThan(bytes.length / 2);
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    random[0] = (byte) 0xCA;
    random[1] = (byte) 0xFE;
    random[2] = (byte) 0xBA;
    random[3] = (byte) 0xBE;
    assertThatThrownBy(() -> ClassConstants.read(random)).isInstanceOf(ClassConstants.Malformed.class);
  }

  @Test
  void a_dex_file_gives_its_pool_and_static_strings_and_fails_only_with_one_checked_exception() throws Exception {
    Path app = dir.resolve("app.apk");
    TestJars.app(app, Map.of("com.vendor.Keys", SOURCE), Map.of());
    byte[] dex;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(app.toFile())) {
      dex = zip.getInputStream(zip.getEntry("classes.dex")).readAllBytes();
    }
    DexFile file = DexFile.read(dex);
    assertThat(file.strings()).contains("hello", "release-build-label-2026", "AKIAQ4NWZK2T7XRH3BFM");
    assertThat(file.staticStrings()).containsOnlyKeys("Lcom/vendor/Keys;");
    assertThat(file.staticStrings().get("Lcom/vendor/Keys;")).containsOnlyKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GREETING");
    for (int cut = 0; cut < dex.length; cut += 3) {
      byte[] truncated = java.util.Arrays.copyOf(dex, cut);
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> DexFile.read(truncated).loadedStrings(v -> true));
      assertThat(failure).as("cut at %d", cut).satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(DexFile.Malformed.class));
    }
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      byte[] noise = dex.clone();
      for (int j = 0; j < 20; j++) {
        noise[8 + random.nextInt(noise.length - 8)] = (byte) random.nextInt();
      }
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> { DexFile d = DexFile.read(noise); d.staticStrings(); d.loadedStrings(v -> true); d.values(); });
      assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(DexFile.Malformed.class));
    }
    // the app's units: the class's named constants, then the strings its code loads (label()'s), under "constant"
    List<SourceUnit> units = new BinaryFrontEnd(DETECTOR).readApp(app, "file:///app.apk", "/m").units();
    assertThat(units).extracting(SourceUnit::file).containsExactly("file:///app.apk!/classes.dex!/com/vendor/Keys.class");
    assertThat(units.get(0).bindings()).extracting(b -> b.names().get(0) + "@" + b.value().range().startLine())
      .containsExactly("AWS_ACCESS_KEY_ID@1", "AWS_SECRET_ACCESS_KEY@2", "constant@4");
    assertThat(file.loadedStrings(v -> v.startsWith("release"))).containsOnlyKeys("Lcom/vendor/Keys;");
  }

  @Test
  void compiled_resources_give_their_top_level_strings_and_fail_only_with_one_checked_exception() throws Exception {
    List<String> strings = List.of("app_name", "Rides", "https://rides.example.com/v1", "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");
    for (boolean table : new boolean[] {true, false}) {
      for (boolean utf8 : new boolean[] {true, false}) {
        byte[] file = TestJars.resourceFile(table, strings, utf8);
        assertThat(ResourceStrings.read(file)).as("table %s, utf8 %s", table, utf8).isEqualTo(strings);
        for (int cut = 0; cut < file.length; cut++) {
          byte[] truncated = java.util.Arrays.copyOf(file, cut);
          Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> ResourceStrings.read(truncated));
          assertThat(failure).as("cut at %d", cut).satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(ResourceStrings.Malformed.class));
        }
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
          byte[] noise = file.clone();
          noise[random.nextInt(noise.length)] = (byte) random.nextInt();
          noise[random.nextInt(noise.length)] = (byte) random.nextInt();
          Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> ResourceStrings.read(noise));
          assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(ResourceStrings.Malformed.class));
        }
      }
    }
    assertThatThrownBy(() -> ResourceStrings.read("<manifest/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
      .isInstanceOf(ResourceStrings.Malformed.class);
  }

  @Test
  void a_zip_bomb_is_stopped_by_what_it_inflates_to_not_by_its_headers() throws IOException {
    // one entry of zeros that inflates past the per-entry bound, then the same nested in a jar
    byte[] bomb = zip("com/vendor/Big.class", Archives.MAX_ENTRY_BYTES + 1);
    assertThatThrownBy(() -> Archives.read(new ByteArrayInputStream(bomb), n -> true, (p, b) -> { }))
      .isInstanceOf(Archives.TooLarge.class);
    byte[] nested = TestJars.jar(Map.of("libs/inner.jar", bomb));
    assertThatThrownBy(() -> Archives.read(new ByteArrayInputStream(nested), n -> n.endsWith(".class"), (p, b) -> { }))
      .isInstanceOf(Archives.TooLarge.class);
  }

  @Test
  void truncated_and_foreign_archives_end_in_an_io_exception() throws IOException {
    byte[] jar = TestJars.jar(TestJars.compile(Map.of("com.vendor.Keys", SOURCE)));
    for (int cut : new int[] {10, jar.length / 2, jar.length - 30}) {
      List<String> seen = new ArrayList<>();
      try {
        Archives.read(new ByteArrayInputStream(java.util.Arrays.copyOf(jar, cut)), n -> true, (p, b) -> seen.add(p));
      } catch (IOException expected) {
        // the caller logs it once and goes on
      }
      assertThat(seen).hasSizeLessThanOrEqualTo(1);
    }
    Path text = dir.resolve("text.aar");
    Files.writeString(text, "not a zip at all");
    assertThat(new BinaryFrontEnd(DETECTOR).read(text, "file:///text.aar", "/m")).isEmpty();
  }

  private static byte[] zip(String name, long zeros) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      byte[] block = new byte[1 << 16];
      for (long written = 0; written < zeros; written += block.length) {
        zip.write(block, 0, (int) Math.min(block.length, zeros - written));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
