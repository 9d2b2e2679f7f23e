package com.providercredentials.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Build step (generate-sources): composes every rule's description ({@code <Key>.html}) and metadata
 * ({@code <Key>.json}) from the fragments of {@code rules-metadata/} and the provider specs, so that a
 * provider's "How to fix it in ..." sections are written once and shown in every rule that needs them
 * (docs/adr/013, docs/descriptions.md).
 *
 * <ul>
 *   <li>one rule per spec: {@code common/provider-rule.json} and {@code common/provider-rule.html} filled
 *   with the spec (key {@code rule}, title from {@code name}, tag {@code id}) and the fragments of
 *   {@code providers/<id>/}; its contexts are the spec's {@code contexts:}, in that order;</li>
 *   <li>the cross-provider rules of {@code compose.yaml}: {@code rules/<Key>.json} and {@code rules/<Key>.html}
 *   filled with the fragments of the providers each one covers.</li>
 * </ul>
 *
 * <p>Templates are copied line by line, but for a line that is only a directive:
 * {@code <!-- @include path -->} (a fragment; {@code {id}} is the rule's provider),
 * {@code <!-- @each path -->} (the fragment of each provider of the rule, {@code {id}} its id) and
 * {@code <!-- @contexts -->} (each provider's context fragments, each followed by a blank line). In a JSON
 * template, {@code ${key}} and {@code ${title}} are replaced and a line with {@code ${tag}} is repeated once per
 * provider. The {@code data-diff-id}s of every fragment are numbered anew in each page, so a fragment numbers
 * its code examples from 1 and its examples pair up in every page that shows it.
 *
 * <p>Usage: {@code java -cp <snakeyaml> src/build/com/providercredentials/build/ComposeRuleDescriptions.java
 * rules-metadata src/main/resources/com/providercredentials/providers target/generated-resources/rule-descriptions}
 */
public final class ComposeRuleDescriptions {

  static final String PROVIDER_HTML = "common/provider-rule.html";
  static final String PROVIDER_JSON = "common/provider-rule.json";

  private static final Pattern DIRECTIVE = Pattern.compile("\\s*<!--\\s*@(\\w+)\\s*(\\S*)\\s*-->\\s*");
  private static final Pattern DIFF_ID = Pattern.compile("data-diff-id=\"([^\"]*)\"");
  /** How analyzer-commons' EducationRuleLoader reads a context's title (its key: the title in lower case, [^a-z0-9] as _). */
  private static final Pattern CONTEXT_TITLE = Pattern.compile("<h2>How to fix it in (?:(?:an|a|the)\\s)?(?<displayName>.*)</h2>");
  private static final Map<String, Predicate<Provider>> SELECTORS = Map.of(
    "client-side", Provider::clientSide,
    "accounts", Provider::accounts);

  private final Path metadata;
  /** The fragments read so far, relative to {@link #metadata}: any other file is a fragment no rule shows. */
  private final Set<String> used = new TreeSet<>();

  /** A provider as its spec and its fragment folder describe it. */
  record Provider(String id, String name, String rule, List<String> contexts, boolean clientSide, boolean accounts, String credentials) {
  }

  private ComposeRuleDescriptions(Path metadata) {
    this.metadata = metadata;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: ComposeRuleDescriptions <rules-metadata> <provider specs> <output folder>");
    }
    List<String> rules = compose(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    System.out.println("Composed the descriptions of " + rules.size() + " rules: " + String.join(", ", rules));
  }

  /**
   * Writes {@code <Key>.json} and {@code <Key>.html} of every rule into {@code output} (files that are already
   * so are left untouched; other {@code .json} and {@code .html} files there are deleted) and returns the keys.
   */
  public static List<String> compose(Path metadata, Path specs, Path output) throws IOException {
    Map<String, String> files = new ComposeRuleDescriptions(metadata).composeAll(specs);
    Files.createDirectories(output);
    try (Stream<Path> existing = Files.list(output)) {
      for (Path file : existing.toList()) {
        String name = file.getFileName().toString();
        if ((name.endsWith(".html") || name.endsWith(".json")) && !files.containsKey(name)) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(output.resolve(file.getKey()), file.getValue());
    }
    return files.keySet().stream().filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).toList();
  }

  /** File name to content, rule by rule: the provider rules in the order of the providers, then the cross-provider rules. */
  private Map<String, String> composeAll(Path specs) throws IOException {
    Map<String, Object> compose = yamlMap(metadata.resolve("compose.yaml"));
    List<Provider> providers = ordered(readProviders(specs), strings(compose, "provider-order"));
    checkFragments(providers);
    Map<String, String> files = new LinkedHashMap<>();
    String titleTemplate = string(compose, "provider-title", "compose.yaml");
    for (Provider provider : providers) {
      String title = titleTemplate.replace("{name}", provider.name()).replace("{credentials}", provider.credentials());
      put(files, provider.rule() + ".json", json(PROVIDER_JSON, provider.rule(), title, List.of(provider)));
      put(files, provider.rule() + ".html", html(PROVIDER_HTML, List.of(provider), provider));
    }
    Object cross = compose.getOrDefault("cross-provider-rules", Map.of());
    if (!(cross instanceof Map<?, ?> crossRules)) {
      throw new IllegalStateException("compose.yaml: cross-provider-rules must map rule keys to a selection of providers");
    }
    for (Map.Entry<?, ?> rule : crossRules.entrySet()) {
      String key = String.valueOf(rule.getKey());
      Predicate<Provider> selector = SELECTORS.get(String.valueOf(rule.getValue()));
      if (selector == null) {
        throw new IllegalStateException("compose.yaml: rule " + key + " selects providers by '" + rule.getValue() + "', not one of " + new TreeSet<>(SELECTORS.keySet()));
      }
      List<Provider> selected = providers.stream().filter(selector).toList();
      put(files, key + ".json", json("rules/" + key + ".json", key, null, selected));
      put(files, key + ".html", html("rules/" + key + ".html", selected, null));
    }
    checkAllUsed();
    return files;
  }

  /** Every file of rules-metadata/ is shown by some rule: a misspelt or forgotten fragment fails the build. */
  private void checkAllUsed() throws IOException {
    used.add("compose.yaml");
    List<String> unused;
    try (Stream<Path> all = Files.walk(metadata)) {
      unused = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).map(p -> metadata.relativize(p).toString().replace('\\', '/'))
        .filter(p -> !used.contains(p)).sorted().toList();
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException("No rule shows " + unused + " (in " + metadata + "): a fragment of a provider without a spec, "
        + "of a context its spec does not list, of a rule that does not cover the provider, or a misspelt name (docs/descriptions.md)");
    }
  }

  private static void put(Map<String, String> files, String name, String content) {
    if (files.put(name, content) != null) {
      throw new IllegalStateException("Two rules compose " + name + ": each spec needs its own `rule` key");
    }
  }

  // ---- the providers

  private List<Provider> readProviders(Path specs) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(specs)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("No provider spec in " + specs);
    }
    List<Provider> providers = new ArrayList<>();
    for (Path file : files) {
      Map<String, Object> spec = yamlMap(file);
      String where = file.getFileName().toString();
      String id = string(spec, "id", where);
      List<String> contexts = new ArrayList<>();
      for (Object context : list(spec, "contexts", where)) {
        contexts.add(string(asMap(context, where + " contexts"), "key", where + " contexts"));
      }
      // account: true, or account: {decoder: NAME} (core/SpecLoader reads both)
      boolean accounts = list(spec, "identifiers", where).stream().map(i -> asMap(i, where + " identifiers").get("account"))
        .anyMatch(account -> Boolean.TRUE.equals(account) || account instanceof Map);
      String ruleYamlPath = "providers/" + id + "/rule.yaml";
      Path ruleYaml = metadata.resolve(ruleYamlPath);
      String credentials = "credentials";
      if (Files.exists(ruleYaml)) {
        used.add(ruleYamlPath);
        credentials = string(yamlMap(ruleYaml), "credentials", ruleYamlPath);
      }
      providers.add(new Provider(id, string(spec, "name", where), string(spec, "rule", where), List.copyOf(contexts),
        spec.get("client-side") != null, accounts, credentials));
    }
    return providers;
  }

  /** The providers of {@code first} in that order, then the others by id. */
  private static List<Provider> ordered(List<Provider> providers, List<String> first) {
    Map<String, Provider> byId = new LinkedHashMap<>();
    providers.stream().sorted(Comparator.comparing(Provider::id)).forEach(p -> {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalStateException("Two provider specs have the id " + p.id());
      }
    });
    List<Provider> ordered = new ArrayList<>();
    for (String id : first) {
      Provider provider = byId.remove(id);
      if (provider == null) {
        throw new IllegalStateException("compose.yaml: provider-order names " + id + ", which no spec has as its id");
      }
      ordered.add(provider);
    }
    ordered.addAll(byId.values());
    return ordered;
  }

  /**
   * Each provider's contexts/ folder holds exactly the contexts of its spec, each titled so that SonarQube gives
   * it the key of its file name, and no two providers share a context key (a description may show both).
   */
  private void checkFragments(List<Provider> providers) throws IOException {
    Map<String, String> owners = new HashMap<>();
    for (Provider provider : providers) {
      Path folder = metadata.resolve("providers").resolve(provider.id());
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("No description fragments for provider " + provider.id() + ": expected the folder " + folder);
      }
      Path contexts = folder.resolve("contexts");
      Set<String> files = new TreeSet<>();
      if (Files.isDirectory(contexts)) {
        try (Stream<Path> list = Files.list(contexts)) {
          list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).forEach(n -> files.add(n.substring(0, n.length() - 5)));
        }
      }
      Set<String> declared = new LinkedHashSet<>(provider.contexts());
      if (!files.equals(new TreeSet<>(declared))) {
        throw new IllegalStateException("providers/" + provider.id() + "/contexts/ holds " + files + " but the spec's contexts are " + declared
          + ": each context of the spec needs its fragment <key>.html, and each fragment a context in the spec");
      }
      for (String key : declared) {
        String first = Files.readString(contexts.resolve(key + ".html")).lines().findFirst().orElse("");
        Matcher title = CONTEXT_TITLE.matcher(first);
        if (!title.matches()) {
          throw new IllegalStateException("providers/" + provider.id() + "/contexts/" + key + ".html must start with <h2>How to fix it in ...</h2>");
        }
        String derived = title.group("displayName").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (!derived.equals(key)) {
          throw new IllegalStateException("providers/" + provider.id() + "/contexts/" + key + ".html is titled '" + title.group("displayName")
            + "', which SonarQube keys as " + derived + ", not " + key);
        }
        String owner = owners.put(key, provider.id());
        if (owner != null) {
          throw new IllegalStateException("Providers " + owner + " and " + provider.id() + " both have the context " + key
            + ": a cross-provider description shows both, so their titles must differ");
        }
      }
    }
  }

  // ---- templates

  private String json(String template, String key, String title, List<Provider> providers) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String line : read(template).split("(?<=\n)")) {
      if (line.contains("${tag}")) {
        providers.forEach(p -> out.append(line.replace("${tag}", p.id())));
      } else {
        out.append(line.replace("${key}", key).replace("${title}", title == null ? "${title}" : jsonEscape(title)));
      }
    }
    if (out.indexOf("${") >= 0) {
      throw new IllegalStateException(template + ": a placeholder is left in the metadata of " + key + ": " + out);
    }
    return out.toString();
  }

  private String html(String template, List<Provider> providers, Provider self) throws IOException {
    Page page = new Page();
    for (String line : read(template).split("(?<=\n)")) {
      Matcher directive = DIRECTIVE.matcher(line);
      if (!directive.matches()) {
        page.out.append(line);
        continue;
      }
      String argument = directive.group(2);
      switch (directive.group(1)) {
        case "include" -> {
          if (argument.contains("{id}") && self == null) {
            throw new IllegalStateException(template + ": {id} in an @include of a cross-provider rule; use @each");
          }
          page.fragment(self == null ? argument : argument.replace("{id}", self.id()));
        }
        case "each" -> {
          for (Provider provider : providers) {
            page.fragment(argument.replace("{id}", provider.id()));
          }
        }
        case "contexts" -> {
          for (Provider provider : providers) {
            for (String key : provider.contexts()) {
              page.fragment("providers/" + provider.id() + "/contexts/" + key + ".html");
              page.out.append('\n');
            }
          }
        }
        default -> throw new IllegalStateException(template + ": unknown directive @" + directive.group(1) + " (known: @include, @each, @contexts)");
      }
    }
    return page.out.toString();
  }

  /** A description being written: fragments are appended with their code examples' ids numbered anew. */
  private final class Page {
    final StringBuilder out = new StringBuilder();
    int diffIds;

    void fragment(String path) throws IOException {
      String text = read(path);
      Map<String, String> ids = new HashMap<>();
      Matcher id = DIFF_ID.matcher(text);
      StringBuilder renumbered = new StringBuilder();
      while (id.find()) {
        String number = ids.computeIfAbsent(id.group(1), k -> String.valueOf(++diffIds));
        id.appendReplacement(renumbered, "data-diff-id=\"" + number + "\"");
      }
      id.appendTail(renumbered);
      out.append(renumbered);
      if (!renumbered.isEmpty() && renumbered.charAt(renumbered.length() - 1) != '\n') {
        out.append('\n');
      }
    }
  }

  // ---- files

  private String read(String path) throws IOException {
    Path file = metadata.resolve(path);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing description fragment " + path + " (in " + metadata + ")");
    }
    used.add(path);
    return Files.readString(file).replace("\r\n", "\n");
  }

  private static void write(Path file, String content) throws IOException {
    if (!Files.exists(file) || !Files.readString(file).equals(content)) {
      Files.writeString(file, content);
    }
  }

  private static Map<String, Object> yamlMap(Path file) throws IOException {
    Object root = new Yaml().load(Files.readString(file));
    return asMap(root, file.toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node, String where) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalStateException(where + ": expected a map");
    }
    return (Map<String, Object>) node;
  }

  private static String string(Map<String, Object> map, String key, String where) {
    Object value = map.get(key);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalStateException(where + ": `" + key + "` must be a non-empty string");
    }
    return s;
  }

  private static List<?> list(Map<String, Object> map, String key, String where) {
    Object value = map.getOrDefault(key, List.of());
    if (!(value instanceof List<?> list)) {
      throw new IllegalStateException(where + ": `" + key + "` must be a list");
    }
    return list;
  }

  private static List<String> strings(Map<String, Object> map, String key) {
    return list(map, key, "compose.yaml").stream().map(String::valueOf).toList();
  }

  private static String jsonEscape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
