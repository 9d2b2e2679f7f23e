package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.AWS;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TWILIO;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.resource;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An identifier and a secret read into two {@code buildConfigField}s side by side pair, whichever of them the build script
 * writes and whichever it reads from {@code gradle.properties} (another module: the build's root).
 */
class ReferencePlacesTest {

  private static final String PROPERTIES = "gradle.properties";
  private static final String SCRIPT = "app/build.gradle";
  private static final String KEY_ID = "AKIAQ4NWZK2T7XRH3BFM";
  private static final String SECRET = "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";
  private static final SecretKind SECRET_ACCESS_KEY = AWS.secret("secret-access-key").orElseThrow();
  private static final Detector DETECTOR = new Detector(CoreFixture.SPECS);

  /** {@code buildConfigField "String", "NAME", "\"${PROPERTY}\""} at a line of the script. */
  private static Binding field(String name, String property, int line) {
    Expr.Ref ref = new Expr.Ref(List.of(SymbolKey.gradleProperty(property)), property, SourceRange.of(SCRIPT, line, 50, line, 60));
    return new Binding(SymbolKey.buildConfig("app", name), List.of(name), List.of("BuildConfig"), ref, "Compiled into BuildConfig." + name + " here");
  }

  private static Binding property(String name, String value, int line) {
    return new Binding(List.of(SymbolKey.gradleProperty(name)), List.of(name), List.of("gradle"), literal(PROPERTIES, line, value));
  }

  private static Binding written(String name, String value, int line) {
    return new Binding(SymbolKey.buildConfig("app", name), List.of(name), List.of("BuildConfig"), literal(SCRIPT, line, value));
  }

  @Test
  void an_identifier_read_on_the_line_before_the_secret_pairs_with_it() {
    SourceUnit root = resource(PROPERTIES, "").add(property("UPLOAD_KEY_ID", KEY_ID, 1));
    SourceUnit app = resource(SCRIPT, "app").add(field("UPLOAD_KEY_ID", "UPLOAD_KEY_ID", 6)).add(written("UPLOAD_SECRET", SECRET, 7));
    Stages stages = stages(List.of(root, app));
    IdentifierHit hit = stages.identifiers().paired(AWS, SECRET_ACCESS_KEY, stages.at(SCRIPT, 7));
    assertThat(hit.value()).isEqualTo(KEY_ID);
    assertThat(hit.occurrence().range.file()).isEqualTo(PROPERTIES);
    List<Finding> findings = DETECTOR.detect(List.of(root, app)).findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.evidence()).isEqualTo(Evidence.PAIR);
      assertThat(f.location()).isEqualTo(literal(SCRIPT, 7, SECRET).range());
      assertThat(f.secondaries()).extracting(Finding.Secondary::message).containsExactly("AWS access key ID AKIA…3BFM that goes with it");
    });
  }

  @Test
  void a_secret_read_on_the_line_after_the_identifier_pairs_with_it() {
    SourceUnit root = resource(PROPERTIES, "").add(property("UPLOAD_SECRET", SECRET, 1));
    SourceUnit app = resource(SCRIPT, "app").add(written("UPLOAD_KEY_ID", KEY_ID, 6)).add(field("UPLOAD_SECRET", "UPLOAD_SECRET", 7));
    Stages stages = stages(List.of(root, app));
    assertThat(stages.identifiers().paired(AWS, SECRET_ACCESS_KEY, stages.at(PROPERTIES, 1)).value()).isEqualTo(KEY_ID);
    assertThat(DETECTOR.detect(List.of(root, app)).findings()).singleElement()
      .satisfies(f -> assertThat(f.location().file()).isEqualTo(PROPERTIES));
  }

  @Test
  void two_lines_apart_another_kind_or_another_provider_is_not_beside() {
    SourceUnit root = resource(PROPERTIES, "").add(property("UPLOAD_KEY_ID", KEY_ID, 1)).add(property("ACCOUNT_SID", SID, 2));
    SourceUnit app = resource(SCRIPT, "app").add(field("UPLOAD_KEY_ID", "UPLOAD_KEY_ID", 6)).add(field("ACCOUNT_SID", "ACCOUNT_SID", 8))
      .add(written("UPLOAD_SECRET", SECRET, 8 + ReferencePlaces.BESIDE + 1))
      .add(written("AUTH_TOKEN", CoreFixture.TOKEN, 20));
    Stages stages = stages(List.of(root, app));
    assertThat(stages.identifiers().paired(AWS, SECRET_ACCESS_KEY, stages.at(SCRIPT, 10))).isNull();
    assertThat(stages.identifiers().paired(TWILIO, TWILIO.secret("auth-token").orElseThrow(), stages.at(SCRIPT, 20))).isNull();
    assertThat(DETECTOR.detect(List.of(root, app)).findings()).isEmpty();
  }

  @Test
  void an_identifier_of_the_secret_s_own_file_or_module_goes_first() {
    String otherKeyId = "AKIAGBK6OSGBSXQRUJ7W";
    SourceUnit root = resource(PROPERTIES, "").add(property("UPLOAD_KEY_ID", KEY_ID, 1));
    SourceUnit app = resource(SCRIPT, "app").add(written("OTHER_KEY_ID", otherKeyId, 1))
      .add(field("UPLOAD_KEY_ID", "UPLOAD_KEY_ID", 6)).add(written("UPLOAD_SECRET", SECRET, 7));
    Stages stages = stages(List.of(root, app));
    assertThat(stages.identifiers().paired(AWS, SECRET_ACCESS_KEY, stages.at(SCRIPT, 7)).value()).isEqualTo(otherKeyId);
  }

  @Test
  void a_line_keeps_its_first_identifiers_only() {
    ReferencePlaces places = new ReferencePlaces();
    SourceUnit root = resource(PROPERTIES, "");
    for (int i = 0; i < ReferencePlaces.MAX_PER_LINE + 2; i++) {
      root.add(Binding.named("ID" + i, new Expr.Literal(keyId(i), SourceRange.of(PROPERTIES, 1, 20 * i, 1, 20 * i + 20))));
    }
    root.add(property("SECRET", SECRET, 2));
    Stages stages = stages(List.of(root));
    stages.occurrences().stream().flatMap(o -> o.identifiers.stream()).forEach(places::add);
    IdentifierHit hit = places.beside(AWS, SECRET_ACCESS_KEY, stages.at(PROPERTIES, 2));
    assertThat(hit.value()).isEqualTo(keyId(0));
    assertThat(stages.occurrences().stream().flatMap(o -> o.identifiers.stream())).hasSize(ReferencePlaces.MAX_PER_LINE + 2);
    assertThat(places.on(PROPERTIES, 1, AWS, "access-key-id")).extracting(IdentifierHit::value)
      .hasSize(ReferencePlaces.MAX_PER_LINE).startsWith(keyId(0), keyId(1)).doesNotContain(keyId(ReferencePlaces.MAX_PER_LINE));
    assertThat(places.on(PROPERTIES, 3, AWS, "access-key-id")).isEmpty();
  }

  /** A key id of its own per index: base32 letters for the digits. */
  private static String keyId(int i) {
    return "AKIAQ4NWZK2T7XRH" + "BCDEFGHJKLMN".charAt(i) + "FMQ";
  }
}
