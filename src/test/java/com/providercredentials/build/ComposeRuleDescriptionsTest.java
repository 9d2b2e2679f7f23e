package com.providercredentials.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.analysis.Providers;
import com.providercredentials.testing.FixtureSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that composes the rule descriptions (src/build, compiled with the tests): run on the real
 * fragments and specs plus two fictional providers, which exist nowhere else: Acme, the provider fixture of
 * src/test/resources/providers-fixture (its spec and its fragments, {@link FixtureSpecs}), and Quiet, a provider with
 * neither client-side section nor account of src/test/files/descriptions.
 */
class ComposeRuleDescriptionsTest {

  private static final Path METADATA = Path.of("rules-metadata");
  private static final Path SPECS = Path.of("src/main/resources/com/providercredentials/providers");
  private static final Path QUIET = Path.of("src/test/files/descriptions");
  private static final Pattern CONTEXT = Pattern.compile("<h2>How to fix it in (.*)</h2>");
  private static final Pattern DIFF_ID = Pattern.compile("data-diff-id=\"([^\"]*)\"");

  @TempDir
  Path temp;

  @Test
  void a_provider_defined_by_its_spec_and_fragments_gets_its_rule_and_joins_the_cross_provider_rules() throws IOException {
    Path output = composeWithFictionalProviders();

    String acme = read(output, "AcmeCredentials.html");
    assertThat(contexts(acme)).containsExactly("Acme Mobile SDK", "the Acme Server SDK");
    assertThat(acme)
      .startsWith("<h2>Why is this an issue?</h2>\n<p>An Acme tenant key")
      .contains("Acme.connect(backend.fetchAcmeSession());", "System.getenv(&quot;ACME_TENANT_KEY&quot;)",
        "<h2>Resources</h2>\n<ul>\n  <li><a href=\"https://acme.example/docs/sessions\">Acme</a> - Short-lived sessions</li>\n",
        "https://cwe.mitre.org/data/definitions/798.html", "OWASP MASVS")
      .endsWith("</ul>\n");
    // each fragment numbers its examples from 1: in the page they are 1 and 2
    assertThat(diffIds(acme)).containsExactly("1", "1", "2", "2");

    String acmeJson = read(output, "AcmeCredentials.json");
    assertThat(acmeJson)
      .contains("\"title\": \"Acme credentials should not be hard-coded in apps\"", "\"sqKey\": \"AcmeCredentials\"",
        "\"ruleSpecification\": \"AcmeCredentials\"", "    \"cwe\",\n    \"acme\",\n    \"android\",\n    \"credentials\"\n")
      .isEqualTo(read(output, "TwilioCredentials.json")
        .replace("Twilio account credentials", "Acme credentials").replace("TwilioCredentials", "AcmeCredentials").replace("\"twilio\"", "\"acme\""));
    assertThat(read(output, "QuietCredentials.json")).contains("\"title\": \"Quiet API keys should not be hard-coded in apps\"");

    // ClientSideAccountCredentials: the providers of compose.yaml's provider-order first, then the others by id
    String clientSide = read(output, "ClientSideAccountCredentials.html");
    assertThat(contexts(clientSide)).startsWith("Twilio Android SDKs", "Access Token backends", "Twilio REST from a backend",
      "AWS SDK for Android", "AWS SDK for Java v2", "Acme Mobile SDK", "the Acme Server SDK");
    assertThat(section(clientSide, "Acme Mobile SDK")).isEqualTo(section(acme, "Acme Mobile SDK").replace("data-diff-id=\"1\"", "data-diff-id=\"11\""));
    assertThat(clientSide).contains("  <li><a href=\"https://acme.example/docs/sessions\">Acme</a> - Short-lived sessions</li>\n");
    assertThat(read(output, "ClientSideAccountCredentials.json")).contains("    \"twilio\",\n    \"aws\",\n    \"acme\",\n");
    // every noncompliant example pairs with its compliant solution, and with no other
    Map<String, Integer> pairs = new HashMap<>();
    diffIds(clientSide).forEach(id -> pairs.merge(id, 1, Integer::sum));
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(12).allSatisfy((id, count) -> assertThat(count).isEqualTo(2));

    // a provider without a client-side section and account identifiers is in neither cross-provider rule
    assertThat(contexts(read(output, "QuietCredentials.html"))).containsExactly("The Quiet Console");
    assertThat(clientSide).doesNotContain("Quiet");
    String shared = read(output, "SharedAccountSid.html");
    assertThat(shared).contains("  <li><strong>Acme</strong>: one tenant per app.</li>\n",
      "  <li>Acme: <a href=\"https://acme.example/docs/tenants\">Tenants</a></li>\n").doesNotContain("Quiet");
    assertThat(read(output, "SharedAccountSid.json")).contains("    \"acme\",\n").doesNotContain("quiet");
  }

  @Test
  void the_descriptions_packaged_are_the_ones_composed_from_rules_metadata() throws IOException {
    Path output = temp.resolve("out");
    List<String> rules = ComposeRuleDescriptions.compose(METADATA, SPECS, output);
    // one rule per spec, Twilio and AWS first (compose.yaml's provider order), then the cross-provider rules
    assertThat(rules).containsExactlyInAnyOrderElementsOf(Providers.ruleKeys())
      .startsWith("TwilioCredentials", "AwsCredentials").endsWith("ClientSideAccountCredentials", "SharedAccountSid");
    for (String rule : rules) {
      for (String extension : List.of(".html", ".json")) {
        String name = rule + extension;
        assertThat(resource("com/providercredentials/rules/" + name)).as(name).isEqualTo(read(output, name));
        assertThat(resource("org/sonar/l10n/kotlin/rules/kotlin/" + name)).as(name).isEqualTo(read(output, name));
      }
    }
  }

  @Test
  void each_context_of_a_spec_needs_its_fragment_and_each_fragment_a_context() throws IOException {
    Path metadata = copy(METADATA, temp.resolve("rules-metadata"));
    Path specs = copy(SPECS, temp.resolve("specs"));
    Path twilio = specs.resolve("twilio.yaml");
    Files.writeString(twilio, Files.readString(twilio) + "  - {key: twilio_flex, android: false}\n");
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(metadata, specs, temp.resolve("out")))
      .hasMessageContaining("providers/twilio/contexts/").hasMessageContaining("twilio_flex");

    Files.writeString(twilio, Files.readString(SPECS.resolve("twilio.yaml")));
    Files.delete(metadata.resolve("providers/aws/contexts/aws_sdk_for_java_v2.html"));
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(metadata, specs, temp.resolve("out")))
      .hasMessageContaining("providers/aws/contexts/").hasMessageContaining("aws_sdk_for_java_v2");
  }

  @Test
  void a_context_is_titled_so_that_sonarqube_gives_it_the_key_of_its_spec() throws IOException {
    Path metadata = copy(METADATA, temp.resolve("rules-metadata"));
    Path fragment = metadata.resolve("providers/aws/contexts/aws_sdk_for_android.html");
    Files.writeString(fragment, Files.readString(fragment).replace("AWS SDK for Android", "AWS Mobile SDK"));
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(metadata, SPECS, temp.resolve("out")))
      .hasMessageContaining("titled 'AWS Mobile SDK', which SonarQube keys as aws_mobile_sdk, not aws_sdk_for_android");
  }

  @Test
  void a_missing_fragment_and_an_unknown_directive_fail_the_build() throws IOException {
    Path metadata = copy(METADATA, temp.resolve("rules-metadata"));
    Files.delete(metadata.resolve("providers/aws/shared-account.html"));
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(metadata, SPECS, temp.resolve("out")))
      .hasMessageContaining("Missing description fragment providers/aws/shared-account.html");

    Path other = copy(METADATA, temp.resolve("other"));
    Path template = other.resolve("common/provider-rule.html");
    Files.writeString(template, Files.readString(template) + "<!-- @examples -->\n");
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(other, SPECS, temp.resolve("out")))
      .hasMessageContaining("unknown directive @examples");
  }

  @Test
  void a_fragment_no_rule_shows_fails_the_build() throws IOException {
    Path metadata = copy(METADATA, temp.resolve("rules-metadata"));
    Files.writeString(metadata.resolve("providers/aws/resource.html"), "  <li>misspelt</li>\n");
    Files.createDirectories(metadata.resolve("providers/nospec"));
    Files.writeString(metadata.resolve("providers/nospec/why.html"), "<h2>Why is this an issue?</h2>\n");
    Files.writeString(metadata.resolve("providers/aws/.DS_Store"), "");
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(metadata, SPECS, temp.resolve("out")))
      .hasMessageStartingWith("No rule shows [providers/aws/resource.html, providers/nospec/why.html]");

    // a provider without account identifiers shows no shared-account fragment
    Path specs = copy(SPECS, temp.resolve("specs"));
    Path aws = specs.resolve("aws.yaml");
    Files.writeString(aws, Files.readString(aws).replace("account: true", "account: false"));
    Path other = copy(METADATA, temp.resolve("other"));
    assertThatThrownBy(() -> ComposeRuleDescriptions.compose(other, specs, temp.resolve("out")))
      .hasMessageStartingWith("No rule shows [providers/aws/shared-account-resources.html, providers/aws/shared-account.html]");
  }

  @Test
  void outputs_of_rules_that_are_gone_are_deleted_and_unchanged_ones_left_alone() throws IOException {
    Path output = Files.createDirectories(temp.resolve("out"));
    Files.writeString(output.resolve("RemovedCredentials.json"), "{}");
    ComposeRuleDescriptions.compose(METADATA, SPECS, output);
    assertThat(output.resolve("RemovedCredentials.json")).doesNotExist();
    var modified = Files.getLastModifiedTime(output.resolve("AwsCredentials.html"));
    Files.setLastModifiedTime(output.resolve("AwsCredentials.html"), java.nio.file.attribute.FileTime.fromMillis(modified.toMillis() - 60_000));
    ComposeRuleDescriptions.compose(METADATA, SPECS, output);
    assertThat(Files.getLastModifiedTime(output.resolve("AwsCredentials.html")).toMillis()).isEqualTo(modified.toMillis() - 60_000);
  }

  private Path composeWithFictionalProviders() throws IOException {
    Path metadata = copy(METADATA, temp.resolve("rules-metadata"));
    copy(FixtureSpecs.FOLDER.resolve("rules-metadata"), metadata);
    copy(QUIET.resolve("rules-metadata"), metadata);
    Path specs = copy(SPECS, temp.resolve("specs"));
    Files.copy(FixtureSpecs.FOLDER.resolve("acme.yaml"), specs.resolve("acme.yaml"));
    copy(QUIET.resolve("specs"), specs);
    Path output = temp.resolve("out");
    List<String> expected = new ArrayList<>(Providers.ruleKeys());
    expected.addAll(List.of("AcmeCredentials", "QuietCredentials"));
    assertThat(ComposeRuleDescriptions.compose(metadata, specs, output)).containsExactlyInAnyOrderElementsOf(expected)
      .startsWith("TwilioCredentials", "AwsCredentials").endsWith("ClientSideAccountCredentials", "SharedAccountSid");
    return output;
  }

  private static List<String> contexts(String html) {
    List<String> titles = new ArrayList<>();
    Matcher matcher = CONTEXT.matcher(html);
    while (matcher.find()) {
      titles.add(matcher.group(1));
    }
    return titles;
  }

  /** The "How to fix it in" section of that title, up to the next section. */
  private static String section(String html, String title) {
    int start = html.indexOf("<h2>How to fix it in " + title + "</h2>");
    assertThat(start).as(title).isNotNegative();
    return html.substring(start, html.indexOf("<h2>", start + 4));
  }

  private static List<String> diffIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = DIFF_ID.matcher(html);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private static String read(Path folder, String name) throws IOException {
    return Files.readString(folder.resolve(name));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ComposeRuleDescriptionsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Copies the files of {@code from} into {@code to}, over those already there. */
  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(file -> {
        Path target = to.resolve(from.relativize(file).toString());
        try {
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return to;
  }
}
