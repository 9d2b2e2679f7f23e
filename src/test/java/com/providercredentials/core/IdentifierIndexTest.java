package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.AWS;
import static com.providercredentials.core.CoreFixture.OTHER_SID;
import static com.providercredentials.core.CoreFixture.PLACEHOLDER_SID;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.TWILIO;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static com.providercredentials.core.CoreFixture.resource;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Detector.IdentifierFound;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierIndexTest {

  private static final String MAIN = "Main.java";
  private static final SecretKind AUTH_TOKEN = TWILIO.secret("auth-token").orElseThrow();
  private static final String THIRD_SID = "AC45aeb573445607e05f7335b9b842b90c";

  @Test
  void identifiers_are_found_in_text_once_per_place_and_placeholders_are_not() {
    String url = "https://api.twilio.com/2010-04-01/Accounts/" + SID + "/Calls.json?again=" + SID;
    SourceUnit unit = code(MAIN).add(Binding.literal(literal(MAIN, 1, url))).add(Binding.literal(literal(MAIN, 2, PLACEHOLDER_SID)));
    Stages stages = stages(List.of(unit));
    assertThat(stages.at(MAIN, 1).identifiers).singleElement().satisfies(hit -> {
      assertThat(hit.spec()).isSameAs(TWILIO);
      assertThat(hit.kind().kind()).isEqualTo("account-sid");
      assertThat(hit.value()).isEqualTo(SID);
      assertThat(hit.order()).isZero();
    });
    assertThat(stages.at(MAIN, 2).identifiers).isEmpty();
    assertThat(stages.identifiers().found(stages.graph())).extracting(IdentifierFound::toString)
      .containsExactly("twilio:account-sid AC…10c1 at Main.java:1:10-1:50");
  }

  @Test
  void an_identifier_encoded_with_its_secret_is_found() {
    String encoded = Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    SourceUnit unit = code(MAIN).add(Binding.named("HEADER", literal(MAIN, 1, "Basic " + encoded)));
    Stages stages = stages(List.of(unit));
    assertThat(stages.at(MAIN, 1).identifiers).extracting(IdentifierHit::value).containsExactly(SID);
  }

  @Test
  void the_identifier_of_the_same_call_goes_first_wherever_it_is_written() {
    SourceUnit keys = code("Keys.java").add(constant("SID", literal("Keys.java", 1, OTHER_SID)));
    SourceUnit main = code(MAIN)
      .add(Binding.named("NEARBY", literal(MAIN, 9, SID)))
      .add(call("com.twilio.Twilio", "init", MAIN, 10, ref(MAIN, 10, "SID"), literal(MAIN, 10, 60, TOKEN)));
    Stages stages = stages(List.of(keys, main));
    Occurrence token = stages.at(MAIN, 10);
    assertThat(stages.identifiers().paired(TWILIO, AUTH_TOKEN, token).value()).isEqualTo(OTHER_SID);
    // another provider's secret kinds pair with none of them
    assertThat(stages.identifiers().paired(AWS, AWS.secrets().get(0), token)).isNull();
  }

  @Test
  void in_a_file_the_nearest_line_wins_and_a_tie_goes_to_the_line_before() {
    SourceUnit unit = code(MAIN)
      .add(Binding.named("A", literal(MAIN, 2, SID)))
      .add(Binding.named("T1", literal(MAIN, 4, TOKEN)))
      .add(Binding.named("B", literal(MAIN, 6, OTHER_SID)))
      .add(Binding.named("T2", literal(MAIN, 5, "7142fc7c803fb562113006db8a37f689")))
      .add(Binding.named("T3", literal(MAIN, 30, "3e39683109e4b81a29c4e0a4f7977ab8")));
    Stages stages = stages(List.of(unit));
    IdentifierIndex index = stages.identifiers();
    assertThat(index.paired(TWILIO, AUTH_TOKEN, stages.at(MAIN, 4)).value()).isEqualTo(SID);
    assertThat(index.paired(TWILIO, AUTH_TOKEN, stages.at(MAIN, 5)).value()).isEqualTo(OTHER_SID);
    assertThat(index.paired(TWILIO, AUTH_TOKEN, stages.at(MAIN, 30)).value()).isEqualTo(OTHER_SID);
    assertThat(index.paired(TWILIO, TWILIO.secret("api-key-secret").orElseThrow(), stages.at(MAIN, 4))).isNull();
  }

  @Test
  void of_identifiers_on_one_line_the_first_is_taken() {
    SourceUnit unit = code(MAIN)
      .add(Binding.named("A", literal(MAIN, 3, 10, SID)))
      .add(Binding.named("B", literal(MAIN, 3, 60, OTHER_SID)))
      .add(Binding.named("T", literal(MAIN, 4, TOKEN)))
      .add(Binding.named("C", literal(MAIN, 5, 60, THIRD_SID)));
    Stages stages = stages(List.of(unit));
    // line 3 and line 5 are as near: the line before, and its first identifier
    assertThat(stages.identifiers().paired(TWILIO, AUTH_TOKEN, stages.at(MAIN, 4)).value()).isEqualTo(SID);
  }

  @Test
  void a_value_is_not_its_own_pair() {
    String both = SID + " " + TOKEN;
    SourceUnit unit = code(MAIN).add(Binding.named("PAIR", literal(MAIN, 1, both)));
    Stages stages = stages(List.of(unit));
    assertThat(stages.identifiers().paired(TWILIO, AUTH_TOKEN, stages.at(MAIN, 1))).isNull();
  }

  @Test
  void resources_pair_within_their_module_and_code_within_its_file() {
    SourceUnit strings = resource("app/res/values/strings.xml", "app").add(Binding.named("twilio_sid", literal("app/res/values/strings.xml", 1, SID)));
    SourceUnit other = resource("lib/res/values/strings.xml", "lib").add(Binding.named("twilio_sid", literal("lib/res/values/strings.xml", 1, OTHER_SID)));
    SourceUnit secrets = resource("app/res/values/secrets.xml", "app").add(Binding.named("twilio_token", literal("app/res/values/secrets.xml", 7, TOKEN)));
    SourceUnit code = new SourceUnit("app/src/Main.java", "app", SourceUnit.Kind.CODE)
      .add(Binding.named("TOKEN", literal("app/src/Main.java", 7, "7142fc7c803fb562113006db8a37f689")));
    Stages stages = stages(List.of(strings, other, secrets, code));
    assertThat(stages.identifiers().paired(TWILIO, AUTH_TOKEN, stages.at("app/res/values/secrets.xml", 7)).value()).isEqualTo(SID);
    assertThat(stages.identifiers().paired(TWILIO, AUTH_TOKEN, stages.at("app/src/Main.java", 7))).isNull();
  }

  @Test
  void an_identifier_a_concatenation_takes_whole_from_a_constant_is_listed_once_at_the_constant() {
    SourceUnit keys = code("Keys.java").add(constant("SID", literal("Keys.java", 1, SID)));
    Expr.Concat url = new Expr.Concat(List.of(literal(MAIN, 2, 10, "https://api.twilio.com/Accounts/"), ref(MAIN, 2, "SID")),
      SourceRange.of(MAIN, 2, 10, 2, 90));
    SourceUnit main = code(MAIN).add(Binding.named("URL", url));
    Stages stages = stages(List.of(keys, main));
    assertThat(stages.at(MAIN, 2).identifiers).extracting(IdentifierHit::value).containsExactly(SID);
    assertThat(stages.identifiers().found(stages.graph())).extracting(IdentifierFound::location).containsExactly(at("Keys.java", 1));
  }
  @Test
  void an_account_written_in_a_secret_s_url_is_found_an_identifier_that_is_no_account_is_not() {
    String file = "config.properties";
    SourceUnit unit = resource(file, "app")
      .add(Binding.named("backend", literal(file, 1, "uploads go to " + UrlSpecs.URL + " nightly")))
      .add(Binding.named("hook", literal(file, 2, UrlSpecs.WEBHOOK)))
      .add(Binding.named("other", literal(file, 3, "cloudly://" + UrlSpecs.API_KEY + ":tooShort@demo")));
    Stages stages = stages(List.of(UrlSpecs.CLOUDLY, UrlSpecs.HOOKLY), List.of(unit));
    assertThat(stages.identifiers().found(stages.graph())).extracting(IdentifierFound::toString)
      .containsExactly("cloudly:api-key …7601 at config.properties:1:10-1:50");
    // found, it pairs as any identifier does: with a secret of the module's resources
    SecretKind signing = UrlSpecs.CLOUDLY.secret("signing-secret").orElseThrow();
    assertThat(stages.identifiers().paired(UrlSpecs.CLOUDLY, signing, stages.at(file, 2)).value()).isEqualTo(UrlSpecs.API_KEY);
  }
}
