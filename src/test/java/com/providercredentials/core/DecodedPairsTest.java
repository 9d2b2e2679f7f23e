package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.AWS;
import static com.providercredentials.core.CoreFixture.PLACEHOLDER_SID;
import static com.providercredentials.core.CoreFixture.PLAUSIBILITY;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.TWILIO;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Finding.Secondary;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodedPairsTest {

  private static final String MAIN = "Main.java";
  private static final DecodedPairs DECODED = new DecodedPairs(PLAUSIBILITY);

  @Test
  void an_identifier_and_its_secret_in_a_url_are_a_credential_where_the_url_is_written() {
    Occurrence url = single("https://" + SID + ":" + TOKEN + "@api.twilio.com/2010-04-01/Accounts");
    Candidate candidate = DECODED.find(TWILIO, url);
    assertThat(candidate.occurrence()).isSameAs(url);
    assertThat(candidate.secret()).isEqualTo(TOKEN);
    assertThat(candidate.kind().kind()).isEqualTo("auth-token");
    assertThat(candidate.evidence()).isEqualTo(Evidence.DECODED);
    assertThat(candidate.pair().value()).isEqualTo(SID);
    assertThat(candidate.pair().kind().kind()).isEqualTo("account-sid");
    assertThat(candidate.pair().occurrence()).isSameAs(url);
    // a decoded identifier is not indexed
    assertThat(candidate.pair().order()).isEqualTo(-1);
    assertThat(url.vias).isEmpty();
    // not a pair of another provider
    assertThat(DECODED.find(AWS, url)).isNull();
  }

  @Test
  void a_basic_authorization_in_base64_is_decoded() {
    String encoded = Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    Occurrence header = single("Basic " + encoded);
    Candidate candidate = DECODED.find(TWILIO, header);
    assertThat(candidate.secret()).isEqualTo(TOKEN);
    assertThat(candidate.occurrence()).isSameAs(header);
    assertThat(candidate.pair().value()).isEqualTo(SID);
  }

  @Test
  void placeholders_wrong_shapes_and_overlong_values_are_no_pair() {
    assertThat(DECODED.find(TWILIO, single(PLACEHOLDER_SID + ":" + TOKEN))).isNull();
    assertThat(DECODED.find(TWILIO, single(SID + ":" + TOKEN.substring(1)))).isNull();
    assertThat(DECODED.find(TWILIO, single(SID + ":your_auth_token_goes_here_12345"))).isNull();
    assertThat(DECODED.find(TWILIO, single(SID + " " + TOKEN))).isNull();
    String overlong = SID + ":" + TOKEN + " " + "x".repeat(Candidate.MAX_SECRET_LENGTH);
    assertThat(DECODED.find(TWILIO, single(overlong))).isNull();
    assertThat(DECODED.find(TWILIO, single(overlong.substring(0, Candidate.MAX_SECRET_LENGTH)))).isNotNull();
  }

  @Test
  void constants_joined_into_a_credential_report_the_secret_in_its_own_literal() {
    SourceUnit keys = code("Keys.java").add(constant("SID", literal("Keys.java", 1, SID))).add(constant("TOKEN", literal("Keys.java", 2, TOKEN)));
    SourceRange joinedAt = SourceRange.of(MAIN, 5, 10, 5, 40);
    Expr.Concat joined = new Expr.Concat(List.of(ref(MAIN, 5, "SID"), literal(MAIN, 5, 20, ":"), ref(MAIN, 5, "TOKEN")), joinedAt);
    SourceUnit main = code(MAIN).add(Binding.named("CREDENTIALS", joined));
    Stages stages = stages(List.of(keys, main));
    Occurrence concatenation = stages.at(MAIN, 5);
    Candidate candidate = DECODED.find(TWILIO, concatenation);
    Occurrence token = stages.at("Keys.java", 2);
    assertThat(candidate.occurrence()).isSameAs(token);
    assertThat(candidate.secret()).isEqualTo(TOKEN);
    assertThat(candidate.pair().occurrence()).isSameAs(stages.at("Keys.java", 1));
    assertThat(token.vias).containsExactly(new Secondary(joinedAt, "Joined with the Account SID into a credential here"));
  }

  @Test
  void the_part_holding_a_value_is_one_of_its_own_range() {
    SourceUnit keys = code("Keys.java").add(constant("TOKEN", literal("Keys.java", 2, " " + TOKEN + " ")));
    Expr.Concat joined = new Expr.Concat(List.of(literal(MAIN, 5, 10, SID + ":"), ref(MAIN, 5, "TOKEN")), SourceRange.of(MAIN, 5, 10, 5, 60));
    Stages stages = stages(List.of(keys, code(MAIN).add(Binding.named("CREDENTIALS", joined))));
    Occurrence concatenation = stages.at(MAIN, 5);
    // spaces around the value do not matter
    assertThat(DecodedPairs.partHolding(concatenation, TOKEN)).isSameAs(stages.at("Keys.java", 2));
    assertThat(DecodedPairs.partHolding(concatenation, SID)).isNull();
    assertThat(DecodedPairs.partHolding(stages.at("Keys.java", 2), TOKEN)).isNull();
  }

  private static Occurrence single(String value) {
    Stages stages = stages(List.of(code(MAIN).add(Binding.named("VALUE", literal(MAIN, 1, value)))));
    assertThat(stages.occurrences()).singleElement().extracting(o -> o.range).isEqualTo(at(MAIN, 1));
    return stages.occurrences().get(0);
  }

  @Test
  void a_pair_s_secret_is_its_shape_s_secret_part() {
    String file = "Cloud.java";
    Stages stages = stages(List.of(UrlSpecs.CLOUDLY),
      List.of(code(file).add(Binding.named("VALUE", literal(file, 1, UrlSpecs.API_KEY + ":cls" + UrlSpecs.SIGNING)))));
    Candidate candidate = DECODED.find(UrlSpecs.CLOUDLY, stages.at(file, 1));
    assertThat(candidate.kind().kind()).isEqualTo("signing-secret");
    assertThat(candidate.secret()).isEqualTo(UrlSpecs.SIGNING);
    assertThat(candidate.pair().value()).isEqualTo(UrlSpecs.API_KEY);
    // a secret of the wrong length: no pair
    Stages wrong = stages(List.of(UrlSpecs.CLOUDLY),
      List.of(code(file).add(Binding.named("VALUE", literal(file, 1, UrlSpecs.API_KEY + ":cls" + UrlSpecs.SIGNING.substring(1))))));
    assertThat(DECODED.find(UrlSpecs.CLOUDLY, wrong.at(file, 1))).isNull();
  }
}
