import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (generate-sources): sonar-kotlin registers rules by class, one {@code @Rule}-annotated class per
 * rule key, so for every rule description (the {@code <Key>.json} that ComposeRuleDescriptions composed from
 * rules-metadata/) this writes a class of the Kotlin front-end and the list of them. Adding a rule or a provider
 * needs no hand-written Kotlin class.
 *
 * <p>Usage: {@code java src/build/GenerateKotlinRules.java target/generated-resources/rule-descriptions
 * target/generated-sources/kotlin-rules}
 */
public final class GenerateKotlinRules {

  private static final String PACKAGE = "com.providercredentials.kotlin.rules";

  public static void main(String[] args) throws IOException {
    Path metadata = Path.of(args[0]);
    Path output = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
    List<String> keys;
    try (Stream<Path> files = Files.list(metadata)) {
      keys = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
    Files.createDirectories(output);
    StringBuilder list = new StringBuilder();
    for (String key : keys) {
      String name = key + "KotlinRule";
      write(output.resolve(name + ".java"), """
        package %s;

        /** Generated for rule %s (docs/descriptions.md): the Kotlin front-end, registered in sonar-kotlin under this rule key. */
        @org.sonar.check.Rule(key = "%s")
        public final class %s extends com.providercredentials.kotlin.KotlinCollector {
        }
        """.formatted(PACKAGE, key, key, name));
      list.append(list.length() == 0 ? "" : ",\n    ").append(name).append(".class");
    }
    write(output.resolve("KotlinRules.java"), """
      package %s;

      import java.util.List;

      /** Generated: the Kotlin rule classes, one per rule. */
      public final class KotlinRules {

        public static final List<Class<?>> ALL = List.of(
          %s);

        private KotlinRules() {
        }
      }
      """.formatted(PACKAGE, list));
  }

  private static void write(Path file, String content) throws IOException {
    if (!Files.exists(file) || !Files.readString(file).equals(content)) {
      Files.writeString(file, content);
    }
  }
}
