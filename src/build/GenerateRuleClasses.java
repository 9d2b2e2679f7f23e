import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (generate-sources): sonar-kotlin registers rules by class, and so does sonar-java in SonarQube for IDE,
 * one {@code @Rule}-annotated class per rule key. For every rule description (the {@code <Key>.json} that
 * ComposeRuleDescriptions composed from rules-metadata/) this writes a class of the Kotlin front-end, a class of the
 * Java front-end's IDE check (docs/adr/024), and the lists of them. Adding a rule or a provider needs no
 * hand-written class.
 *
 * <p>Usage: {@code java src/build/GenerateRuleClasses.java target/generated-resources/rule-descriptions
 * target/generated-sources/rule-classes}
 */
public final class GenerateRuleClasses {

  /** The rules that only a whole analysis can decide: the IDE, which sees one file at a time, has no class for them. */
  private static final List<String> WHOLE_ANALYSIS_RULES = List.of("SharedAccountSid");

  public static void main(String[] args) throws IOException {
    Path metadata = Path.of(args[0]);
    List<String> keys;
    try (Stream<Path> files = Files.list(metadata)) {
      keys = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
    generate(Path.of(args[1]), "com.providercredentials.kotlin.rules", "KotlinRule", "com.providercredentials.kotlin.KotlinCollector",
      "the Kotlin front-end, registered in sonar-kotlin under this rule key", "KotlinRules", keys);
    generate(Path.of(args[1]), "com.providercredentials.java.rules", "JavaRule", "com.providercredentials.java.JavaIdeCheck",
      "the Java check that SonarQube for IDE runs in sonar-java under this rule key",
      "JavaRules", keys.stream().filter(key -> !WHOLE_ANALYSIS_RULES.contains(key)).toList());
  }

  private static void generate(Path root, String pkg, String suffix, String superclass, String what, String listName, List<String> keys)
    throws IOException {
    Path output = root.resolve(pkg.replace('.', '/'));
    Files.createDirectories(output);
    StringBuilder list = new StringBuilder();
    for (String key : keys) {
      String name = key + suffix;
      write(output.resolve(name + ".java"), """
        package %s;

        /** Generated for rule %s (docs/descriptions.md): %s. */
        @org.sonar.check.Rule(key = "%s")
        public final class %s extends %s {
        }
        """.formatted(pkg, key, what, key, name, superclass));
      list.append(list.length() == 0 ? "" : ",\n    ").append(name).append(".class");
    }
    write(output.resolve(listName + ".java"), """
      package %s;

      import java.util.List;

      /** Generated: the rule classes, one per rule. */
      public final class %s {

        public static final List<Class<?>> ALL = List.of(
          %s);

        private %s() {
        }
      }
      """.formatted(pkg, listName, list, listName));
  }

  private static void write(Path file, String content) throws IOException {
    if (!Files.exists(file) || !Files.readString(file).equals(content)) {
      Files.writeString(file, content);
    }
  }
}
