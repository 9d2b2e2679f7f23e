package com.providercredentials.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.testing.FixtureSpecs;
import com.providercredentials.testing.MarkerVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A provider is data. Acme, the fictional provider of the fixture (src/test/resources/providers-fixture/: its spec and
 * the fragments of its rule description, {@link FixtureSpecs}), exists nowhere in the plugin's code, yet:
 * <ul>
 *   <li>an Android project holding its credentials in Java, Kotlin, Groovy and Kotlin Gradle scripts, gradle.properties,
 *   Android resources and manifest and a JSON asset is analysed as the plugin analyses one, through the real front-ends,
 *   with the built-in specs plus its own: every file raises exactly the issues its markers expect, its look-alikes none;</li>
 *   <li>its rule description is composed from its fragments and joins the cross-provider rules: asserted by
 *   {@code build/ComposeRuleDescriptionsTest}, which composes it from the same fixture;</li>
 *   <li>no code of the plugin names it.</li>
 * </ul>
 */
class ProviderIsDataTest {

  static final Path PROJECT = Path.of("src/test/files/provider-is-data/acme-android");
  private static final Path MAIN = Path.of("src/main");

  @Test
  void an_android_project_raises_exactly_the_issues_its_markers_expect_with_the_fixture_provider_added() {
    List<ProviderSpec> specs = new ArrayList<>(SpecLoader.builtIn());
    specs.add(FixtureSpecs.acme());
    ProjectAnalysis.Result result = ProjectAnalysis.analyse(PROJECT, specs);
    MarkerVerifier.verifyReported(result.issues(), result.files());
    // every kind of file was read, by the front-end that accepts it
    assertThat(result.files().keySet()).extracting(p -> p.getFileName().toString())
      .contains("AcmeSetup.java", "Launch.kt", "build.gradle", "build.gradle.kts", "gradle.properties", "AndroidManifest.xml", "strings.xml",
        "acme.json");
    assertThat(result.issues()).extracting(MarkerVerifier.Reported::rule).containsOnly("AcmeCredentials", ProjectAnalysis.SHARED_ACCOUNT_SID)
      .contains("AcmeCredentials", ProjectAnalysis.SHARED_ACCOUNT_SID);
  }

  @Test
  void without_the_fixture_spec_the_same_project_raises_nothing() {
    assertThat(ProjectAnalysis.analyse(PROJECT).issues()).isEmpty();
  }

  @Test
  void the_fixture_holds_the_description_fragments_of_its_spec() {
    Path fragments = FixtureSpecs.FOLDER.resolve("rules-metadata/providers").resolve(FixtureSpecs.acme().id());
    assertThat(fragments.resolve("why.html")).isRegularFile();
    assertThat(fragments.resolve("shared-account.html")).isRegularFile();
    assertThat(FixtureSpecs.acme().contexts()).isNotEmpty()
      .allSatisfy(context -> assertThat(fragments.resolve("contexts/" + context.key() + ".html")).isRegularFile());
  }

  @Test
  void no_source_of_the_plugin_names_the_fixture_provider() throws IOException {
    assertThat(naming("acme", MAIN)).isEmpty();
    assertThat(naming("acme", Path.of("src/build"))).isEmpty();
    assertThat(naming("acme", Path.of("rules-metadata"))).isEmpty();
    // the search finds what is there: the tests name it
    assertThat(naming("acme", Path.of("src/test/java"))).contains(Path.of("src/test/java/com/providercredentials/rules/ProviderIsDataTest.java"));
    assertThat(naming("twilio", MAIN)).isNotEmpty();
  }

  /** The files under {@code root} whose path or text holds the word, in any case. */
  private static List<Path> naming(String word, Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (file.toString().toLowerCase(Locale.ROOT).contains(word) || text.toLowerCase(Locale.ROOT).contains(word)) {
          found.add(file);
        }
      }
    }
    return found;
  }
}
