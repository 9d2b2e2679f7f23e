package com.providercredentials.analysis;

import com.providercredentials.core.SourceUnit;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.FilePredicates;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;

/**
 * The part of the Java and Kotlin front-ends that needs a file's text but not its tree (the gate, docs/adr/025, and the
 * comments, docs/adr/016), done ahead of the language sensor on one background thread (docs/adr/030). sonar-java and
 * sonar-kotlin analyse on one thread; the other core is idle meanwhile, so this work no longer lengthens the analysis.
 *
 * <p>Each file is read once, by whichever comes first: the background thread, or the front-end when its tree arrives
 * before the background got there. What the front-end takes is what it would have computed itself, from the same text;
 * a file the background could not read or decide is handed back empty-handed ({@code null}), and the front-end reads it
 * as it always did, logging any failure once. Results of files no front-end asked for are dropped with the analysis.
 */
public final class ReadAhead {

  /** What the text alone decides: whether the tree must be walked, and the unit of the file's comments. */
  public record Text(boolean walk, SourceUnit comments) {
  }

  /** The front-end's text work: decides the walk and reads the comments into {@code comments}. */
  @FunctionalInterface
  public interface Work {
    boolean read(InputFile file, String text, SourceUnit comments);
  }

  private static final CompletableFuture<Text> TAKEN = CompletableFuture.completedFuture(null);
  private static final Set<String> CODE_LANGUAGES = Set.of("java", "kotlin");

  private final ProjectCandidates candidates;
  private final Map<String, CompletableFuture<Text>> results = new ConcurrentHashMap<>();
  /** The resource and build files read ahead: their units, or {@link FileAnalysis#SKIPPED}. */
  private final Map<String, List<SourceUnit>> resources = new ConcurrentHashMap<>();
  private final Set<String> started = new HashSet<>();
  private final LongAdder aheadNanos = new LongAdder();
  private final LongAdder readAhead = new LongAdder();
  private final LongAdder readInPlace = new LongAdder();
  private final LongAdder resourcesNanos = new LongAdder();
  @Nullable
  private ExecutorService executor;
  private volatile boolean stopped;

  ReadAhead(ProjectCandidates candidates) {
    this.candidates = candidates;
  }

  /**
   * Starts reading {@code files} in the background, once per {@code key} (a language and its module): the files of a
   * language sensor, in the order it visits them. Line ends are made {@code \n} when the front-end's text has them so
   * (Kotlin's trees), so that the lines and columns are those of the text the front-end would have read.
   */
  public synchronized void start(String key, Supplier<List<InputFile>> files, Charset charset, boolean lineFeedsOnly, Work work) {
    if (stopped || !started.add(key)) {
      return;
    }
    List<InputFile> pending = List.copyOf(files.get());
    executor().execute(() -> {
      for (InputFile file : pending) {
        if (stopped) {
          return;
        }
        CompletableFuture<Text> mine = new CompletableFuture<>();
        if (results.putIfAbsent(ProjectCandidates.fileId(file), mine) == null) {
          long begin = System.nanoTime();
          Text text = compute(file, charset, lineFeedsOnly, work);
          aheadNanos.add(System.nanoTime() - begin);
          readAhead.increment();
          // counted before it is handed over: whoever takes it sees it counted
          mine.complete(text);
        }
      }
    });
  }

  /**
   * The verdict on a file a language sensor gives a front-end; on the first file of a module, the module's main files of
   * that language start being read ahead, then its resource and build files.
   */
  @Nullable
  public Text take(String language, InputFile file, FileSystem module, boolean lineFeedsOnly, Work work) {
    start(language + "@" + module.baseDir(), () -> {
      FilePredicates is = module.predicates();
      List<InputFile> files = new ArrayList<>();
      module.inputFiles(is.and(is.hasLanguage(language), is.hasType(InputFile.Type.MAIN))).forEach(files::add);
      return files;
    }, module.encoding(), lineFeedsOnly, work);
    startResources(module);
    return take(file, module.encoding(), lineFeedsOnly, work);
  }

  /**
   * Starts reading a module's resource and build files in the background, once per module, after what is queued: they
   * need no language sensor, and the project sensor takes them as read ({@link FileAnalysis}). Files of a language
   * whose sensor may give them to a front-end of ours (a Gradle Kotlin script) are left to the project sensor.
   */
  public synchronized void startResources(FileSystem fileSystem) {
    if (stopped || !started.add("files@" + fileSystem.baseDir())) {
      return;
    }
    FileAnalysis analysis = new FileAnalysis(candidates);
    List<FileAnalysis.Job> jobs = FileAnalysis.jobs(fileSystem, file -> file.language() == null || !CODE_LANGUAGES.contains(file.language()));
    Charset charset = fileSystem.encoding();
    executor().execute(() -> {
      for (FileAnalysis.Job job : jobs) {
        if (stopped) {
          return;
        }
        List<SourceUnit> units = analysis.read(job, file -> read(file, charset), nanos -> {
          resourcesNanos.add(nanos);
          candidates.timings().fileAhead();
        });
        resources.put(ProjectCandidates.fileId(job.file()), units == null ? FileAnalysis.SKIPPED : units);
      }
    });
  }

  /** A resource file's units as read ahead, {@link FileAnalysis#SKIPPED}, or null when it was not read ahead. */
  @Nullable
  List<SourceUnit> resource(InputFile file) {
    return resources.get(ProjectCandidates.fileId(file));
  }

  /**
   * The text's verdict on {@code file}: read ahead, or read now (the front-end's thread) when the background has not
   * come to it; null when it could not be read or decided, or when nothing was started for it. Each file is taken once.
   */
  @Nullable
  public Text take(InputFile file, Charset charset, boolean lineFeedsOnly, Work work) {
    if (!isStarted()) {
      return null;
    }
    String id = ProjectCandidates.fileId(file);
    CompletableFuture<Text> mine = new CompletableFuture<>();
    CompletableFuture<Text> existing = results.putIfAbsent(id, mine);
    Text text;
    if (existing == null) {
      mine.complete(compute(file, charset, lineFeedsOnly, work));
      readInPlace.increment();
      text = mine.join();
    } else {
      text = existing.join();
    }
    results.put(id, TAKEN);
    return text;
  }

  private synchronized boolean isStarted() {
    return !started.isEmpty() && !stopped;
  }

  @Nullable
  private Text compute(InputFile file, Charset charset, boolean lineFeedsOnly, Work work) {
    try {
      String text = read(file, charset);
      if (lineFeedsOnly) {
        text = lineFeedsOnly(text);
      }
      SourceUnit comments = SourceUnit.commentsOf(candidates.newUnit(file, SourceUnit.Kind.CODE));
      boolean walk = work.read(file, text, comments);
      return new Text(walk, comments);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // read again by the front-end, which logs what fails once
      return null;
    }
  }

  /**
   * The file's text as the scanner reads it, without asking the scanner: its metadata is computed lazily, on the
   * language sensor's thread, and is not ours to compute concurrently. A byte-order mark decides the charset and is
   * dropped, as the scanner does; otherwise the project's encoding.
   */
  static String read(InputFile file, Charset charset) throws IOException {
    byte[] bytes = Files.readAllBytes(file.path());
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(bytes, charset);
  }

  /** {@code \r\n} and a lone {@code \r} as {@code \n}, as the Kotlin compiler's trees hold a file's text. */
  static String lineFeedsOnly(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private ExecutorService executor() {
    if (executor == null) {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "provider-credentials-read-ahead");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
      });
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
    }
    return executor;
  }

  /**
   * Stops the background work, once the language sensors are done: drops the code files' text no front-end took, and
   * waits for the file being read, so that what was read ahead is all there for the project sensor.
   */
  public synchronized void stop() {
    stopped = true;
    if (executor != null) {
      // not interrupted: a file being read is read to its end (an interrupted read would lose it); the rest is not begun
      executor.shutdown();
      try {
        if (!executor.awaitTermination(10, TimeUnit.MINUTES)) {
          resources.clear();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        resources.clear();
      }
      executor = null;
    }
    results.clear();
  }

  /** Ready for the next analysis of a long-lived scanner (tests): nothing started, counters at zero. */
  synchronized void reset() {
    stop();
    resources.clear();
    started.clear();
    stopped = false;
    aheadNanos.reset();
    readAhead.reset();
    readInPlace.reset();
    resourcesNanos.reset();
  }

  /**
   * {@code ; read ahead on a background thread: the text of 1820 code files in 640ms (12 read in place), 430 resource
   * files in 520ms}, or "" when nothing was read ahead.
   */
  public String summary() {
    long ahead = readAhead.sum();
    long inPlace = readInPlace.sum();
    if (ahead + inPlace + resources.size() == 0) {
      return "";
    }
    return "; read ahead on a background thread: the text of " + ahead + " code files in " + aheadNanos.sum() / 1_000_000L + "ms ("
      + inPlace + " read in place), " + resources.size() + " resource files in " + resourcesNanos.sum() / 1_000_000L + "ms";
  }
}
