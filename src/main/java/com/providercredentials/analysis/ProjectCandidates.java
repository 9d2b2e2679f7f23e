package com.providercredentials.analysis;

import com.providercredentials.core.Deadline;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javax.annotation.Nullable;
import org.sonar.api.Startable;
import org.sonar.api.batch.InstantiationStrategy;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.config.Configuration;
import org.sonar.api.scanner.ScannerSide;

/**
 * What the front-ends found in the files of one analysis. The Java front-end fills it from inside
 * sonar-java's sensor; the others from our own sensor, which then hands everything to the detection core
 * at once: a constant in one file and its use in another, or a SID in one resource file and its token in
 * another, meet here.
 *
 * <p>One instance for the whole analysis, shared by every module; safe for concurrent front-ends. Front-ends
 * whose classes another plugin instantiates (sonar-kotlin creates our Kotlin rule classes by reflection, with
 * no injection) find it through {@link #current()}: it is started with the analysis' container and stopped
 * with it.
 */
@ScannerSide
@InstantiationStrategy(InstantiationStrategy.PER_PROJECT)
public class ProjectCandidates implements Startable {

  private static final AtomicReference<ProjectCandidates> CURRENT = new AtomicReference<>();

  private final Map<String, InputFile> files = new LinkedHashMap<>();
  private final List<SourceUnit> units = new ArrayList<>();
  private final ModuleResolver modules = new ModuleResolver();
  private final Set<String> claimed = new HashSet<>();
  private final AnalysisTimings timings = new AnalysisTimings();
  private final ReadAhead ahead = new ReadAhead(this);
  private volatile long fileTimeoutMillis = FileTimeout.DEFAULT_MILLIS;
  private volatile LongSupplier clock = System::nanoTime;

  /** The specs being read ahead, from the start of the analysis (docs/adr/030); null when not started. */
  @Nullable
  private volatile CompletableFuture<Void> specs;

  @Override
  public void start() {
    CURRENT.set(this);
    // the scanner indexes the files on one thread before any sensor: the specs are read meanwhile, on another
    CompletableFuture<Void> reading = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        Providers.specs();
      } finally {
        reading.complete(null);
      }
    }, Providers.AHEAD_THREAD);
    thread.setDaemon(true);
    thread.start();
    specs = reading;
  }

  /**
   * Waits for the specs being read ahead, if they are not read yet; the wait is our setup time. Each of our entry points
   * in the analysis calls it before it needs the specs.
   */
  public void awaitSpecs() {
    CompletableFuture<Void> reading = specs;
    if (reading != null && !reading.isDone()) {
      long start = System.nanoTime();
      reading.join();
      timings.add(AnalysisTimings.Part.SETUP, System.nanoTime() - start);
    }
  }

  @Override
  public void stop() {
    CURRENT.compareAndSet(this, null);
    clear();
  }

  /** The store of the running analysis, if one is running. */
  public static Optional<ProjectCandidates> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Whether a file is still to be collected; true once per file, so that front-ends registered twice collect once. */
  public synchronized boolean claim(InputFile file) {
    return claimed.add(fileId(file));
  }

  /** The identity of a file in {@link SourceRange#file()}. */
  public static String fileId(InputFile file) {
    return file.uri().toString();
  }

  /** An empty unit for a file, in its module, bounded by the per-file deadline which starts now. */
  public SourceUnit newUnit(InputFile file, SourceUnit.Kind kind) {
    return new SourceUnit(fileId(file), moduleOf(file), kind).deadline(Deadline.after(fileTimeoutMillis, clock));
  }

  /** Reads {@value FileTimeout#KEY} from the analysis' settings. */
  public void configure(Configuration configuration) {
    fileTimeoutMillis = FileTimeout.millis(configuration);
  }

  /** The per-file bound in milliseconds (0: none). */
  public long fileTimeoutMillis() {
    return fileTimeoutMillis;
  }

  /** Sets the per-file bound and the clock it is measured on (nanoseconds): for tests. */
  public void fileTimeout(long millis, LongSupplier nanoClock) {
    this.fileTimeoutMillis = millis;
    this.clock = nanoClock;
  }

  /** The clock of the per-file bound and of the timings, in nanoseconds. */
  public long nanoTime() {
    return clock.getAsLong();
  }

  /** Our own time in this analysis. */
  public AnalysisTimings timings() {
    return timings;
  }

  /** The code files' text work done ahead of the language sensors (docs/adr/030). */
  public ReadAhead ahead() {
    return ahead;
  }

  public String moduleOf(InputFile file) {
    return modules.moduleOf(file.path()).toString();
  }

  public synchronized void add(InputFile file, SourceUnit unit) {
    files.put(fileId(file), file);
    if (!unit.isEmpty()) {
      units.add(unit);
    }
  }

  /** A unit of something no {@link InputFile} stands for (a class in a bundled jar): its findings are placed elsewhere. */
  public synchronized void add(SourceUnit unit) {
    if (!unit.isEmpty()) {
      units.add(unit);
    }
  }

  public synchronized List<SourceUnit> units() {
    return List.copyOf(units);
  }

  @Nullable
  public synchronized InputFile file(String fileId) {
    return files.get(fileId);
  }

  public synchronized Collection<InputFile> files() {
    return List.copyOf(files.values());
  }

  /** Frees the memory once the findings are reported. */
  public synchronized void clear() {
    files.clear();
    units.clear();
    claimed.clear();
    timings.reset();
    ahead.reset();
  }
}
