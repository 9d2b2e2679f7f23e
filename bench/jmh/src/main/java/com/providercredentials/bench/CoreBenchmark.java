package com.providercredentials.bench;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.files.AndroidXmlFrontEnd;
import com.providercredentials.files.FileFrontEnd;
import com.providercredentials.files.GradleFrontEnd;
import com.providercredentials.files.JsonFrontEnd;
import com.providercredentials.files.PropertiesFrontEnd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The detection core alone, on candidates built from the benchmark corpus (bench/corpus, or -Dbench.corpus=DIR):
 * <ul>
 *   <li>{@code detect}: the core's {@link Detector#detect} over the candidates of every file, as the project sensor runs it;</li>
 *   <li>{@code resourceFiles}: the file front-ends (XML resources and manifests, Gradle, properties, JSON) and then the core;</li>
 *   <li>{@code xmlParseOnly}: only the XML parse with the JDK's StAX, which reads the documents outside the simple form
 *   the XML front-end reads itself (docs/adr/011), for comparison;</li>
 *   <li>{@code xmlDomParseOnly}: the DOM parse the XML front-end was first written on (docs/adr/009).</li>
 * </ul>
 * Java and Kotlin candidates are made the way the front-ends make them, without a parser: each string literal is a
 * binding, named by the constant or variable it initialises when there is one. The input size in bytes is printed
 * in setup ({@code bench.bytes ...}) so that MB/s can be computed from the average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CoreBenchmark {

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.){1,400})\"");
  private static final Pattern NAMED = Pattern.compile("(?:val|var|String|const val)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*String\\s*)?=\\s*$");
  private static final List<FileFrontEnd> FRONT_ENDS = List.of(new AndroidXmlFrontEnd(), new GradleFrontEnd(), new PropertiesFrontEnd(), new JsonFrontEnd());

  /**
   * The providers detection runs with: every spec, or Twilio's and AWS's only (the catalog before issue #14), so that
   * the cost of the catalog is measured in one run.
   */
  @Param({"all", "twilio,aws"})
  public String providers;

  private Detector detector;
  private List<SourceUnit> units;
  private List<Path> resourceFiles;
  private List<String> resourceTexts;

  @Setup
  public void setUp() throws IOException {
    List<com.providercredentials.core.ProviderSpec> specs = SpecLoader.builtIn();
    if (!providers.equals("all")) {
      List<String> ids = List.of(providers.split(","));
      specs = specs.stream().filter(spec -> ids.contains(spec.id())).toList();
    }
    detector = new Detector(specs);
    Path corpus = Path.of(System.getProperty("bench.corpus", "bench/corpus"));
    units = new ArrayList<>();
    resourceFiles = new ArrayList<>();
    resourceTexts = new ArrayList<>();
    long codeBytes = 0;
    long resourceBytes = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.git/")).sorted().toList();
    }
    for (Path file : files) {
      String path = corpus.relativize(file).toString().replace('\\', '/');
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".java") || lower.endsWith(".kt")) {
        String text = read(file);
        codeBytes += text.getBytes(StandardCharsets.UTF_8).length;
        units.add(codeUnit(path, text));
      } else {
        FileFrontEnd frontEnd = FRONT_ENDS.stream().filter(f -> f.accepts(path, null)).findFirst().orElse(null);
        if (frontEnd != null) {
          String text = read(file);
          resourceBytes += text.getBytes(StandardCharsets.UTF_8).length;
          resourceFiles.add(file);
          resourceTexts.add(text);
          SourceUnit unit = new SourceUnit(path, moduleOf(path), SourceUnit.Kind.RESOURCE);
          try {
            frontEnd.read(text, unit);
            units.add(unit);
          } catch (FileFrontEnd.UnreadableFile | RuntimeException e) {
            // skipped, as the plugin does
          }
        }
      }
    }
    long bindings = units.stream().mapToLong(u -> u.bindings().size()).sum();
    System.out.printf("%nbench.bytes code=%d resources=%d files=%d units=%d bindings=%d%n", codeBytes, resourceBytes, files.size(), units.size(), bindings);
  }

  @Benchmark
  public Detector.Result detect() {
    return detector.detect(units);
  }

  @Benchmark
  public Detector.Result resourceFiles() {
    List<SourceUnit> read = new ArrayList<>(resourceTexts.size());
    for (int i = 0; i < resourceTexts.size(); i++) {
      String path = resourceFiles.get(i).toString();
      SourceUnit unit = new SourceUnit(path, moduleOf(path), SourceUnit.Kind.RESOURCE);
      for (FileFrontEnd frontEnd : FRONT_ENDS) {
        if (frontEnd.accepts(path, null)) {
          try {
            frontEnd.read(resourceTexts.get(i), unit);
          } catch (FileFrontEnd.UnreadableFile | RuntimeException e) {
            // skipped
          }
          break;
        }
      }
      read.add(unit);
    }
    return detector.detect(read);
  }

  /** Only the XML parse with the JDK's StAX reader (every event), for comparison with {@code resourceFiles} (docs/adr/011). */
  @Benchmark
  public int xmlParseOnly() throws javax.xml.stream.XMLStreamException {
    int events = 0;
    for (int i = 0; i < resourceTexts.size(); i++) {
      if (resourceFiles.get(i).toString().endsWith(".xml")) {
        javax.xml.stream.XMLStreamReader reader = STAX.createXMLStreamReader(new java.io.StringReader(resourceTexts.get(i)));
        try {
          while (reader.hasNext()) {
            reader.next();
            events++;
          }
        } catch (javax.xml.stream.XMLStreamException e) {
          // malformed: skipped, as the plugin does
        } finally {
          reader.close();
        }
      }
    }
    return events;
  }

  private static final javax.xml.stream.XMLInputFactory STAX = javax.xml.stream.XMLInputFactory.newDefaultFactory();

  static {
    STAX.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
  }

  /**
   * The parse the XML front-end was first written on (analyzer-commons' DOM with locations, as sonar-xml uses it),
   * kept to show what docs/adr/009 measured.
   */
  @Benchmark
  public int xmlDomParseOnly() {
    int elements = 0;
    for (int i = 0; i < resourceTexts.size(); i++) {
      if (resourceFiles.get(i).toString().endsWith(".xml")) {
        try {
          elements += org.sonarsource.analyzer.commons.xml.XmlFile.create(resourceTexts.get(i)).getDocument().getChildNodes().getLength();
        } catch (RuntimeException e) {
          // malformed: skipped, as the plugin does
        }
      }
    }
    return elements;
  }

  /** String literals of a Java or Kotlin file as bindings, named by the declaration they initialise when there is one. */
  static SourceUnit codeUnit(String path, String text) {
    SourceUnit unit = new SourceUnit(path, moduleOf(path), SourceUnit.Kind.CODE);
    String context = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(java|kt)$", "");
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    Matcher m = LITERAL.matcher(text);
    while (m.find()) {
      for (int i = scanned; i < m.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      scanned = m.start();
      SourceRange range = SourceRange.of(path, line, m.start() - lineStart, line, m.end() - lineStart);
      Expr.Literal literal = new Expr.Literal(m.group(1), range);
      Matcher named = NAMED.matcher(text.substring(lineStart, m.start()));
      if (named.find()) {
        String name = named.group(1);
        unit.add(new Binding(List.of(context + "." + name), List.of(name), List.of(context), literal));
      } else {
        unit.add(Binding.literal(literal));
      }
    }
    return unit;
  }

  private static String moduleOf(String path) {
    int src = path.indexOf("/src/");
    return src > 0 ? path.substring(0, src) : path.substring(0, Math.max(0, path.indexOf('/')));
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
