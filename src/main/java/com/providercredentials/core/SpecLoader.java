package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.CallPattern;
import com.providercredentials.core.ProviderSpec.Example;
import com.providercredentials.core.ProviderSpec.Expected;
import com.providercredentials.core.ProviderSpec.Given;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads provider specs: every {@code *.yaml} file in the {@code providers} resource folder beside this
 * class, so that adding a provider means adding a file. A malformed spec fails loudly with its file name:
 * it is a defect of the plugin, caught by the unit tests, never a user's problem.
 */
public final class SpecLoader {

  /** The shortest leading literal that may make a shape distinctive ({@code SG.}): shorter ones start ordinary words. */
  static final int MIN_DISTINCTIVE_PREFIX = 3;

  public static final String FOLDER = "com/providercredentials/providers/";

  private SpecLoader() {
  }

  /**
   * All specs shipped with the plugin, sorted by id, as a scanner reads them: from the trees the build compiled, which
   * leave the examples out (docs/adr/021); {@link #builtInWithExamples()} has them.
   */
  public static List<ProviderSpec> builtIn() {
    return builtIn(false);
  }

  /** All specs shipped with the plugin with their examples, read from their YAML: what the tests run. */
  public static List<ProviderSpec> builtInWithExamples() {
    return builtIn(true);
  }

  private static List<ProviderSpec> builtIn(boolean examples) {
    List<ProviderSpec> specs = new ArrayList<>();
    for (String resource : listSpecResources()) {
      try {
        // the tree the build compiled from the YAML (SpecTree), or the YAML
        specs.add(fromTree(resource, examples ? SpecTree.loadYaml(SpecLoader.class.getClassLoader(), resource)
          : SpecTree.load(SpecLoader.class.getClassLoader(), resource)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read provider spec " + resource, e);
      }
    }
    specs.sort(Comparator.comparing(ProviderSpec::id));
    return List.copyOf(specs);
  }

  static List<String> listSpecResources() {
    URL location = SpecLoader.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> resources = new ArrayList<>();
    try {
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        Path folder = path.resolve(FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> resources.add(FOLDER + n));
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(FOLDER) && name.endsWith(".yaml") && name.indexOf('/', FOLDER.length()) < 0) {
              resources.add(name);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot list provider specs in " + location, e);
    }
    resources.sort(null);
    if (resources.isEmpty()) {
      throw new IllegalStateException("No provider spec found in " + location);
    }
    return resources;
  }

  public static ProviderSpec parse(String source, String yaml) {
    return fromTree(source, SpecTree.parseYaml(yaml));
  }

  /** A spec from the tree of its YAML (maps, lists, strings, numbers, booleans). */
  static ProviderSpec fromTree(String source, Object root) {
    Node spec = new Node(source, "", root);
    ProviderSpec parsed = new ProviderSpec(
      spec.string("id"),
      spec.string("name"),
      spec.string("rule"),
      lowerSet(spec.strings("words")),
      lowerSet(spec.optionalStrings("vocabulary")),
      spec.list("identifiers").stream().map(SpecLoader::identifier).toList(),
      spec.list("secrets").stream().map(SpecLoader::secret).toList(),
      spec.optionalList("calls").stream().map(SpecLoader::call).toList(),
      new LinkedHashSet<>(spec.optionalStrings("placeholders")),
      spec.optionalList("examples").stream().map(SpecLoader::example).toList(),
      spec.has("client-side") ? clientSide(spec.child("client-side")) : null,
      spec.optionalList("contexts").stream().map(SpecLoader::context).toList());
    validate(source, parsed);
    return parsed;
  }

  private static IdentifierKind identifier(Node node) {
    Shape shape = shape(node.child("shape"));
    // account: true, with account-decoder: NAME; or account: {decoder: NAME}
    boolean account = node.raw("account") instanceof Map<?, ?> || node.optionalBoolean("account");
    String decoder = node.raw("account") instanceof Map<?, ?> ? node.child("account").optionalString("decoder") : node.optionalString("account-decoder");
    if (decoder != null) {
      try {
        AccountDecoders.validate(decoder, shape);
      } catch (IllegalArgumentException e) {
        throw node.error(e.getMessage());
      }
    }
    String advice = node.optionalString("shared-advice");
    return new IdentifierKind(node.string("kind"), node.string("label"), shape, account, decoder, advice == null ? "give each app its own credentials" : advice);
  }

  private static SecretKind secret(Node node) {
    Shape shape = shape(node.child("shape"));
    boolean distinctive = node.optionalBoolean("distinctive");
    if (distinctive && (shape.prefixes().isEmpty() || shape.prefixes().stream().anyMatch(p -> p.length() < MIN_DISTINCTIVE_PREFIX))) {
      throw node.error("a distinctive shape starts with a literal of at least " + MIN_DISTINCTIVE_PREFIX + " characters");
    }
    return new SecretKind(node.string("kind"), node.string("label"), shape,
      node.optionalStrings("pairs-with"),
      node.optionalList("names").stream().map(n -> lowerSet(n.asStrings()).stream().toList()).toList(),
      node.string("message"), distinctive, node.optionalList("reported-by").stream().map(SpecLoader::builtIn).toList());
  }

  private static ProviderSpec.BuiltInRule builtIn(Node node) {
    return new ProviderSpec.BuiltInRule(builtInRuleKey(node, node.string("rule")),
      node.optionalList("names").stream().map(n -> lowerSet(n.asStrings()).stream().toList()).toList(),
      node.optionalStrings("except-files"));
  }

  /** A built-in rule's key, {@code repository:key}. */
  private static String builtInRuleKey(Node node, String key) {
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      throw node.error("a built-in rule is written repository:key, not '" + key + "'");
    }
    return key;
  }

  private static CallPattern call(Node node) {
    String reportedBy = node.optionalString("reported-by");
    return new CallPattern(node.string("owner"), node.string("method"), node.strings("parameters"),
      node.strings("roles").stream().map(Role::parse).toList(), node.optionalBoolean("generic"),
      reportedBy == null ? null : builtInRuleKey(node, reportedBy));
  }

  private static ProviderSpec.ClientSide clientSide(Node node) {
    return new ProviderSpec.ClientSide(node.string("message"),
      node.list("calls").stream().map(c -> new ProviderSpec.AuthCall(c.string("owner"), c.string("method"),
        c.has("secret") ? Integer.parseInt(c.string("secret")) : -1, c.optionalString("header"), c.optionalBoolean("needs-host"),
        c.optionalStrings("schemes").stream().map(scheme -> scheme.toLowerCase(Locale.ROOT)).toList(),
        c.has("arguments") ? Integer.parseInt(c.string("arguments")) : -1)).toList(),
      node.optionalStrings("hosts").stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(),
      node.optionalList("examples").stream().map(e -> new ProviderSpec.ClientSideExample(e.string("name"), e.string("call"),
        e.has("args") ? e.strings("args") : List.of(), e.optionalBoolean("android"), e.optionalString("host"), e.optionalString("expect"))).toList());
  }

  private static ProviderSpec.GuidanceContext context(Node node) {
    Object android = node.raw("android");
    return new ProviderSpec.GuidanceContext(node.string("key"), android instanceof Boolean b ? b : null, node.optionalStrings("seen"));
  }

  private static Example example(Node node) {
    List<Given> given = node.list("given").stream()
      .map(g -> new Given(g.optionalString("file"), g.optionalString("name"), g.optionalString("value"), g.optionalString("call"),
        g.has("args") ? g.strings("args") : List.of()))
      .toList();
    List<Expected> expect = node.optionalList("expect").stream().map(e -> new Expected(e.string("kind"), e.string("value"))).toList();
    return new Example(node.string("name"), given, expect);
  }

  private static Shape shape(Node node) {
    return ShapeParser.parse(node.source(), node.path(), node.value());
  }

  private static void validate(String source, ProviderSpec spec) {
    Set<String> kinds = new LinkedHashSet<>();
    spec.identifiers().forEach(i -> require(source, kinds.add(i.kind()), "duplicate kind " + i.kind()));
    spec.secrets().forEach(s -> require(source, kinds.add(s.kind()), "duplicate kind " + s.kind()));
    for (SecretKind secret : spec.secrets()) {
      for (String pair : secret.pairsWith()) {
        require(source, spec.identifier(pair).isPresent(), "secret " + secret.kind() + " pairs with unknown identifier " + pair);
      }
      require(source, secret.message().contains("{masked}"), "message of " + secret.kind() + " must show {masked}, never the value");
    }
    for (CallPattern call : spec.calls()) {
      for (Role role : call.roles()) {
        require(source, !(role instanceof Role.Named named) || kinds.contains(named.kind()),
          "call " + call.owner() + "." + call.method() + " has unknown role " + role);
      }
    }
    if (spec.clientSide() != null) {
      require(source, !spec.clientSide().message().contains("{masked}"), "the client-side message names no value");
      for (ProviderSpec.AuthCall call : spec.clientSide().calls()) {
        require(source, !call.needsHost() || !spec.clientSide().hosts().isEmpty(), "call " + call.method() + " needs hosts");
      }
    }
    for (ProviderSpec.GuidanceContext context : spec.contexts()) {
      require(source, context.key().matches("[a-z0-9_]+"), "context key " + context.key() + " must be as SonarQube derives it from a title");
    }
    for (Example example : spec.examples()) {
      for (Expected expected : example.expect()) {
        require(source, spec.secret(expected.kind()).isPresent(), "example '" + example.name() + "' expects unknown kind " + expected.kind());
      }
    }
  }

  private static void require(String source, boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(source + ": " + message);
    }
  }

  private static Set<String> lowerSet(Collection<String> values) {
    Set<String> set = new LinkedHashSet<>();
    values.forEach(v -> set.add(v.toLowerCase(Locale.ROOT)));
    return set;
  }

  /** A node of the YAML tree, with errors that say where. */
  private record Node(String source, String path, Object value) {

    boolean has(String key) {
      return map().containsKey(key);
    }

    Object raw(String key) {
      return map().get(key);
    }

    Node child(String key) {
      Object child = map().get(key);
      if (child == null) {
        throw error("missing '" + key + "'");
      }
      return new Node(source, path + "/" + key, child);
    }

    String string(String key) {
      Object v = map().get(key);
      if (v == null) {
        throw error("missing '" + key + "'");
      }
      return String.valueOf(v);
    }

    String optionalString(String key) {
      Object v = map().get(key);
      return v == null ? null : String.valueOf(v);
    }

    boolean optionalBoolean(String key) {
      return Boolean.TRUE.equals(map().get(key));
    }

    List<String> strings(String key) {
      return child(key).asStrings();
    }

    List<String> optionalStrings(String key) {
      return has(key) ? strings(key) : List.of();
    }

    List<String> asStrings() {
      if (!(value instanceof List<?> list)) {
        throw error("expected a list");
      }
      return list.stream().map(String::valueOf).toList();
    }

    List<Node> list(String key) {
      Object v = map().get(key);
      if (!(v instanceof List<?> items)) {
        throw error("'" + key + "' must be a list");
      }
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        nodes.add(new Node(source, path + "/" + key + "[" + i + "]", items.get(i)));
      }
      return nodes;
    }

    List<Node> optionalList(String key) {
      return has(key) ? list(key) : List.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
      if (value instanceof Map<?, ?> m) {
        return (Map<String, Object>) m;
      }
      throw error("expected a mapping");
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + (path.isEmpty() ? "" : (" at " + path)) + ": " + message);
    }
  }
}
