package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.AWS;
import static com.providercredentials.core.CoreFixture.MATCHER;
import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.TWILIO;
import static com.providercredentials.core.CoreFixture.at;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.constant;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.ref;
import static com.providercredentials.core.CoreFixture.stages;
import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.CoreFixture.Stages;
import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterTest {

  private static final String MAIN = "Main.java";
  private static final SecretKind AUTH_TOKEN = TWILIO.secret("auth-token").orElseThrow();

  @Test
  void a_finding_shows_the_secret_masked_and_the_identifier_that_goes_with_it() {
    SourceUnit unit = code(MAIN).add(call("com.twilio.Twilio", "init", MAIN, 3, literal(MAIN, 3, 10, SID), literal(MAIN, 3, 60, TOKEN)));
    Stages stages = stages(List.of(unit));
    Occurrence sid = stages.occurrences().get(0);
    Occurrence token = stages.occurrences().get(1);
    Reporter reporter = new Reporter(MATCHER);
    reporter.report(TWILIO, new Candidate(token, TOKEN, AUTH_TOKEN, Evidence.CALL, sid.identifiers.get(0)));

    assertThat(reporter.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.provider()).isSameAs(TWILIO);
      assertThat(finding.rule()).isEqualTo("TwilioCredentials");
      assertThat(finding.kind()).isEqualTo("auth-token");
      assertThat(finding.kindLabel()).isEqualTo("Auth Token");
      assertThat(finding.location()).isEqualTo(token.range);
      assertThat(finding.masked()).isEqualTo("…1a84");
      assertThat(finding.message())
        .isEqualTo("Revoke this Twilio Auth Token (…1a84) and issue short-lived Access Tokens from your backend instead.");
      assertThat(finding.evidence()).isEqualTo(Evidence.CALL);
      assertThat(finding.android()).isFalse();
      assertThat(finding.context()).isNull();
      // the literal passed to the call is where the finding is: no "Passed to" of its own
      assertThat(finding.secondaries()).containsExactly(new Secondary(sid.range, "Twilio Account SID AC…10c1 that goes with it"));
    });
  }

  @Test
  void the_calls_it_is_passed_to_and_the_places_it_travels_through_are_shown_once_each() {
    SourceUnit unit = code(MAIN)
      .add(constant("TOKEN", literal(MAIN, 1, TOKEN)))
      .add(call("com.twilio.Twilio", "init", MAIN, 5, literal(MAIN, 5, 10, SID), ref(MAIN, 5, "TOKEN")))
      .add(call("org.slf4j.Logger", "debug", MAIN, 6, ref(MAIN, 6, "TOKEN")));
    Stages stages = stages(List.of(unit));
    Occurrence token = stages.at(MAIN, 1);
    token.vias.add(new Secondary(at(MAIN, 5), "never twice at one place"));
    token.vias.add(new Secondary(at(MAIN, 8), "Compiled into BuildConfig.TOKEN here"));
    Reporter reporter = new Reporter(MATCHER);
    reporter.report(TWILIO, new Candidate(token, TOKEN, AUTH_TOKEN, Evidence.CALL, null));
    assertThat(reporter.findings()).singleElement().extracting(Finding::secondaries).asList().containsExactly(
      new Secondary(at(MAIN, 5), "Passed to Twilio.init here"),
      new Secondary(at(MAIN, 8), "Compiled into BuildConfig.TOKEN here"));
  }

  @Test
  void a_place_is_reported_once_per_provider_the_first_report_winning() {
    SourceUnit unit = code(MAIN).add(Binding.named("A", literal(MAIN, 7, TOKEN))).add(Binding.named("B", literal(MAIN, 2, TOKEN + "x")));
    Stages stages = stages(List.of(unit));
    Occurrence later = stages.at(MAIN, 7);
    Occurrence earlier = stages.at(MAIN, 2);
    Reporter reporter = new Reporter(MATCHER);
    reporter.report(TWILIO, new Candidate(later, TOKEN, AUTH_TOKEN, Evidence.DECODED, null));
    reporter.report(TWILIO, new Candidate(later, TOKEN, AUTH_TOKEN, Evidence.NAME, null));
    reporter.report(AWS, new Candidate(later, TOKEN, AWS.secrets().get(0), Evidence.NAME, null));
    reporter.report(TWILIO, new Candidate(earlier, TOKEN, AUTH_TOKEN, Evidence.PAIR, null));
    assertThat(reporter.findings()).extracting(f -> f.location().startLine() + " " + f.provider().id() + " " + f.evidence())
      .containsExactly("2 twilio PAIR", "7 aws NAME", "7 twilio DECODED");
  }

  @Test
  void a_finding_in_android_code_says_so() {
    SourceUnit unit = code(MAIN).trait(Trait.ANDROID_CODE).add(Binding.named("TWILIO_TOKEN", literal(MAIN, 1, TOKEN)));
    Reporter reporter = new Reporter(MATCHER);
    reporter.report(TWILIO, new Candidate(stages(List.of(unit)).at(MAIN, 1), TOKEN, AUTH_TOKEN, Evidence.NAME, null));
    assertThat(reporter.findings()).singleElement().extracting(Finding::android).isEqualTo(true);
    // the module's trait is for rule ClientSideAccountCredentials, which decides on its own
    SourceUnit module = code(MAIN).trait(Trait.ANDROID_MODULE).add(Binding.named("TWILIO_TOKEN", literal(MAIN, 1, TOKEN)));
    Reporter other = new Reporter(MATCHER);
    other.report(TWILIO, new Candidate(stages(List.of(module)).at(MAIN, 1), TOKEN, AUTH_TOKEN, Evidence.NAME, null));
    assertThat(other.findings()).singleElement().extracting(Finding::android).isEqualTo(false);
  }

  @Test
  void messages_never_show_a_value_whole() {
    assertThat(Reporter.message(AUTH_TOKEN, Masking.secret(TOKEN))).doesNotContain(TOKEN).contains("(…1a84)");
    assertThat(Reporter.passedMessage(call("com.amazonaws.auth.BasicAWSCredentials", Call.CONSTRUCTOR, MAIN, 1)))
      .isEqualTo("Passed to new BasicAWSCredentials here");
    assertThat(Reporter.joinedMessage(TWILIO.identifier("api-key-sid").orElseThrow())).isEqualTo("Joined with the API key SID into a credential here");
    Stages stages = stages(List.of(code(MAIN).add(Binding.named("SID", literal(MAIN, 1, SID)))));
    IdentifierHit hit = stages.at(MAIN, 1).identifiers.get(0);
    assertThat(Reporter.pairedMessage(TWILIO, hit)).isEqualTo("Twilio Account SID AC…10c1 that goes with it");
    assertThat(hit).hasToString("twilio:account-sid AC…10c1 at Main.java:1:10-1:50");
    assertThat(new Candidate(stages.at(MAIN, 1), TOKEN, AUTH_TOKEN, Evidence.PAIR, hit))
      .hasToString("auth-token …1a84 at Main.java:1:10-1:50 (PAIR, with twilio:account-sid AC…10c1 at Main.java:1:10-1:50)");
  }
}
