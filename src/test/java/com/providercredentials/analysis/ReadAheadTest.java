package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;

/** The code files' text work done ahead of the language sensors (docs/adr/030). */
class ReadAheadTest {

  @TempDir
  Path base;

  private final ProjectCandidates candidates = new ProjectCandidates();
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

  /** A stand-in for a front-end's work: walks the files that say "walk", and counts how often each file was read. */
  private final ReadAhead.Work work = (file, text, comments) -> {
    reads.computeIfAbsent(file.filename(), f -> new AtomicInteger()).incrementAndGet();
    if (text.contains("boom")) {
      throw new IllegalStateException("the front-end fails on this file");
    }
    return text.contains("walk");
  };

  @Test
  void every_file_is_read_once_whether_ahead_or_in_place_and_gives_what_the_work_decides() throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      files.add(file("F" + i + ".java", i % 3 == 0 ? "walk " + i : "skip " + i));
    }
    candidates.ahead().start("java@m", () -> files, StandardCharsets.UTF_8, false, work);
    candidates.ahead().start("java@m", () -> { throw new AssertionError("started twice"); }, StandardCharsets.UTF_8, false, work);

    for (int i = 0; i < files.size(); i++) {
      ReadAhead.Text text = candidates.ahead().take(files.get(i), StandardCharsets.UTF_8, false, work);
      assertThat(text).isNotNull();
      assertThat(text.walk()).isEqualTo(i % 3 == 0);
      assertThat(text.comments().inComments()).isTrue();
      assertThat(text.comments().file()).isEqualTo(ProjectCandidates.fileId(files.get(i)));
    }
    assertThat(reads).hasSize(200).allSatisfy((name, count) -> assertThat(count).hasValue(1));
    assertThat(candidates.ahead().summary()).matches("; read ahead on a background thread: the text of \\d+ code files in \\d+ms \\(\\d+ read in place\\), 0 resource files in 0ms");
    assertThat(readAheadAndInPlace()).isEqualTo(200);
  }

  @Test
  void nothing_started_nothing_taken_the_front_end_reads_the_file_itself() throws IOException {
    InputFile file = file("A.java", "walk");
    assertThat(candidates.ahead().take(file, StandardCharsets.UTF_8, false, work)).isNull();
    assertThat(reads).isEmpty();
    assertThat(candidates.ahead().summary()).isEmpty();
  }

  @Test
  void a_file_that_cannot_be_read_or_decided_is_handed_back_to_the_front_end() throws IOException {
    InputFile failing = file("Failing.java", "boom");
    InputFile gone = file("Gone.java", "walk");
    Files.delete(gone.path());
    candidates.ahead().start("java@m", () -> List.of(failing, gone), StandardCharsets.UTF_8, false, work);

    assertThat(candidates.ahead().take(failing, StandardCharsets.UTF_8, false, work)).isNull();
    assertThat(candidates.ahead().take(gone, StandardCharsets.UTF_8, false, work)).isNull();
  }

  @Test
  void once_stopped_nothing_more_is_read_ahead_until_the_next_analysis() throws IOException {
    InputFile file = file("A.java", "walk");
    candidates.ahead().stop();
    candidates.ahead().start("java@m", () -> List.of(file), StandardCharsets.UTF_8, false, work);
    assertThat(candidates.ahead().take(file, StandardCharsets.UTF_8, false, work)).isNull();

    candidates.clear();
    candidates.ahead().start("java@m", () -> List.of(file), StandardCharsets.UTF_8, false, work);
    assertThat(candidates.ahead().take(file, StandardCharsets.UTF_8, false, work)).isNotNull();
  }

  @Test
  void the_analysis_is_current_from_its_start_and_its_specs_are_there_once_waited_for() {
    ProjectCandidates analysis = new ProjectCandidates();
    analysis.start();
    try {
      assertThat(ProjectCandidates.current()).containsSame(analysis);
      analysis.awaitSpecs();
      assertThat(Providers.specs()).hasSizeGreaterThan(40);
    } finally {
      analysis.stop();
    }
    assertThat(ProjectCandidates.current()).isEmpty();
  }

  @Test
  void the_text_is_the_scanners_a_byte_order_mark_decides_the_charset_and_is_dropped() throws IOException {
    Path utf8 = base.resolve("bom8.kt");
    Files.write(utf8, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "val é = 1".getBytes(StandardCharsets.UTF_8)));
    Path utf16le = base.resolve("bom16le.kt");
    Files.write(utf16le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "val é = 1".getBytes(StandardCharsets.UTF_16LE)));
    Path utf16be = base.resolve("bom16be.kt");
    Files.write(utf16be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "val é = 1".getBytes(StandardCharsets.UTF_16BE)));
    Path latin1 = base.resolve("latin1.kt");
    Files.write(latin1, "val é = 1".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(ReadAhead.read(input(utf8), StandardCharsets.ISO_8859_1)).isEqualTo("val é = 1");
    assertThat(ReadAhead.read(input(utf16le), StandardCharsets.UTF_8)).isEqualTo("val é = 1");
    assertThat(ReadAhead.read(input(utf16be), StandardCharsets.UTF_8)).isEqualTo("val é = 1");
    assertThat(ReadAhead.read(input(latin1), StandardCharsets.ISO_8859_1)).isEqualTo("val é = 1");
  }

  @Test
  void line_ends_become_line_feeds_as_in_the_kotlin_trees() {
    assertThat(ReadAhead.lineFeedsOnly("a\r\nb\rc\nd\r")).isEqualTo("a\nb\nc\nd\n");
    assertThat(ReadAhead.lineFeedsOnly("a\nb")).isEqualTo("a\nb");
  }

  private long readAheadAndInPlace() {
    String summary = candidates.ahead().summary();
    long ahead = Long.parseLong(summary.replaceAll(".*the text of (\\d+) code files.*", "$1"));
    long inPlace = Long.parseLong(summary.replaceAll(".*\\((\\d+) read in place.*", "$1"));
    return ahead + inPlace;
  }

  private InputFile file(String name, String text) throws IOException {
    Path path = base.resolve(name);
    Files.writeString(path, text);
    return input(path);
  }

  private InputFile input(Path path) {
    return TestInputFileBuilder.create("module", base.toFile(), path.toFile()).setLanguage("java").setType(InputFile.Type.MAIN).build();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
