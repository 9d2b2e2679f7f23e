package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.testing.FixtureSpecs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fictional provider of src/test/resources/providers-fixture/acme.yaml, loaded as the built-in specs are: its
 * composite shapes match the values of its examples, its tree round-trips, and the core finds its credentials.
 */
class FixtureSpecTest {

  static final String RESOURCE = FixtureSpecs.ACME;

  static String yaml() {
    return FixtureSpecs.yaml(RESOURCE);
  }

  static ProviderSpec acme() {
    return FixtureSpecs.acme();
  }

  @Test
  void the_fixture_loads_with_composite_shapes() {
    ProviderSpec acme = acme();
    assertThat(acme.identifiers()).extracting(i -> i.shape().isComposite()).containsExactly(true);
    assertThat(acme.secrets()).extracting(s -> s.shape().isComposite()).containsExactly(true, true);
    ProviderSpec.IdentifierKind project = acme.identifier("project-id").orElseThrow();
    assertThat(project.account()).isTrue();
    assertThat(project.shape().prefixes()).containsExactly("ACME");
    assertThat(project.shape()).hasToString("'ACME' project:digits{8}~ '-' upper_alnum{12}");
    assertThat(acme.secret("api-key").orElseThrow().shape())
      .hasToString("'acme_sk.' key:alnum{16} '.' random:base64_url{32} '_' check:alnum{6} [crc32_base62(random)=check]");
  }

  @Test
  void the_shapes_match_the_examples_and_not_the_look_alikes() {
    ProviderSpec acme = acme();
    Shape project = acme.identifier("project-id").orElseThrow().shape();
    Shape apiKey = acme.secret("api-key").orElseThrow().shape();
    Shape url = acme.secret("connection-url").orElseThrow().shape();
    assertThat(project.matches("ACME32968018-XASPDJG553C7")).isTrue();
    assertThat(project.find("https://console.acme.test/projects/ACME57581539-UL0W2QUVQJLW/keys")).extracting(Shape.Match::text)
      .containsExactly("ACME57581539-UL0W2QUVQJLW");
    assertThat(apiKey.matches("acme_sk.AdJ0ku8vWFYF0JUZ.4gJJ98gdl_qSubsEnHmyMiPZyyPsgSAC_1q3ajL")).isTrue();
    assertThat(apiKey.matches("acme_sk.sjHHRMOcpTHnGT9H.x0oPxdNmFE8fK9vVTpgBHsvMOqe8mrp9_3uHqwh")).isTrue();
    // wrong checksum
    assertThat(apiKey.matches("acme_sk.sjHHRMOcpTHnGT9H.x0oPxdNmFE8fK9vVTpgBHsvMOqe8mrp9_3uHqwi")).isFalse();
    Token connection = url.token("acme://ACME88053329:YuCZ3k1keDlwO4zftFVYUXzVPXp@api.acme.test").orElseThrow();
    assertThat(connection.secret()).isEqualTo("YuCZ3k1keDlwO4zftFVYUXzVPXp");
    assertThat(connection.identifier()).contains("ACME88053329");
    // every value an example expects has the shape of its kind (a URL's expected value is its secret part)
    for (ProviderSpec.Example example : acme.examples()) {
      for (ProviderSpec.Expected expected : example.expect()) {
        Shape shape = acme.secret(expected.kind()).orElseThrow().shape();
        List<String> values = example.given().stream().flatMap(g -> g.value() != null ? List.of(g.value()).stream() : g.args().stream()).toList();
        assertThat(values).as(example.name()).anyMatch(v -> shape.token(v).map(t -> t.secret().equals(expected.value())).orElse(false));
      }
    }
    // two ids of one project: one account
    AccountId first = AccountId.of(acme, acme.identifier("project-id").orElseThrow(), "ACME32968018-XASPDJG553C7");
    AccountId second = AccountId.of(acme, acme.identifier("project-id").orElseThrow(), "ACME32968018-UL0W2QUVQJLW");
    assertThat(first.value()).isEqualTo("32968018").isEqualTo(second.value());
  }

  @Test
  void the_fixture_tree_round_trips() throws IOException {
    Object tree = SpecTree.parseYaml(yaml());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpecTree.write(tree, out);
    Object read = SpecTree.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())));
    assertThat(read).isEqualTo(tree);
    ProviderSpec fromTree = SpecLoader.fromTree(RESOURCE, read);
    assertThat(fromTree.secrets()).extracting(s -> s.shape().toString()).isEqualTo(acme().secrets().stream().map(s -> s.shape().toString()).toList());
  }

  @Test
  void the_core_finds_the_fixture_credentials_by_name_and_beside_their_identifier() throws IOException {
    Detector detector = new Detector(List.of(acme()));
    String file = "file:///project/app/src/main/res/values/acme.xml";
    SourceUnit unit = new SourceUnit(file, "app", SourceUnit.Kind.RESOURCE)
      .add(Binding.named("acme_api_key", new Expr.Literal("acme_sk.sjHHRMOcpTHnGT9H.x0oPxdNmFE8fK9vVTpgBHsvMOqe8mrp9_3uHqwh",
        SourceRange.of(file, 2, 0, 2, 60))))
      .add(Binding.named("acme_api_key_2", new Expr.Literal("acme_sk.sjHHRMOcpTHnGT9H.x0oPxdNmFE8fK9vVTpgBHsvMOqe8mrp9_3uHqwi",
        SourceRange.of(file, 3, 0, 3, 60))))
      .add(Binding.named("project", new Expr.Literal("ACME57581539-UL0W2QUVQJLW", SourceRange.of(file, 4, 0, 4, 30))));
    Detector.Result result = detector.detect(List.of(unit));
    assertThat(result.findings()).extracting(f -> f.location().startLine()).containsExactly(2);
    assertThat(result.identifiers()).extracting(Detector.IdentifierFound::masked).containsExactly("ACME…QJLW");
    assertThat(new CredentialPrefilter(List.of(acme())).mayHoldCredential("acme_sk.sjHHRMOcpTHnGT9H.x0oPxdNmFE8fK9vVTpgBHsvMOqe8mrp9_3uHqwh")).isTrue();
  }

  @Test
  void the_core_finds_what_the_fixture_examples_expect() {
    ProviderSpec acme = acme();
    Detector detector = new Detector(List.of(acme));
    int run = 0;
    for (ProviderSpec.Example example : acme.examples()) {
      List<String> found = detector.detect(SpecExamplesTest.toUnits(example)).findings().stream().map(f -> f.kind() + " " + f.masked()).toList();
      assertThat(found).as(example.name())
        .containsExactlyInAnyOrderElementsOf(example.expect().stream().map(e -> e.kind() + " " + Masking.secret(e.value())).toList());
      run++;
    }
    // all of them, the connection URL whose expected value is its secret part (Token.secret()) included
    assertThat(run).isEqualTo(7);
  }
}
