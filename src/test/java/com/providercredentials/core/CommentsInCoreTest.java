package com.providercredentials.core;

import static com.providercredentials.core.CoreFixture.SID;
import static com.providercredentials.core.CoreFixture.SPECS;
import static com.providercredentials.core.CoreFixture.TOKEN;
import static com.providercredentials.core.CoreFixture.call;
import static com.providercredentials.core.CoreFixture.code;
import static com.providercredentials.core.CoreFixture.literal;
import static com.providercredentials.core.CoreFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the core does with a unit of {@link SourceUnit#commentsOf}: its findings say they are in a comment; its
 * identifiers pair with its secrets but never with the code's, and are no accounts of SharedAccountSid; its calls are
 * no sign-in for rule ClientSideAccountCredentials.
 */
class CommentsInCoreTest {

  private static final String MAIN = "Main.java";
  private static final Detector DETECTOR = new Detector(SPECS);

  @Test
  void a_commented_call_is_reported_as_in_a_comment_and_its_identifier_is_no_account() {
    SourceUnit code = code(MAIN).trait(Trait.ANDROID_CODE);
    SourceUnit comments = SourceUnit.commentsOf(code)
      .add(call("com.twilio.Twilio", "init", MAIN, 3, literal(MAIN, 3, 10, SID), literal(MAIN, 3, 60, TOKEN)));
    assertThat(comments.inComments()).isTrue();
    assertThat(comments.file()).isEqualTo(MAIN);
    assertThat(comments.traits()).contains(Trait.ANDROID_CODE);
    Detector.Result result = DETECTOR.detect(List.of(code, comments));
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Revoke this Twilio Auth Token (…1a84) and issue short-lived Access Tokens from your backend instead."
        + Reporter.IN_A_COMMENT);
      assertThat(f.message()).doesNotContain(TOKEN);
      assertThat(f.secondaries()).hasSize(1);
    });
    assertThat(result.identifiers()).isEmpty();
    assertThat(new ClientSideCheck(SPECS).run(List.of(code, comments), List.of())).isEmpty();
  }

  @Test
  void a_secret_of_the_code_never_pairs_with_an_identifier_of_a_comment_the_reverse_does() {
    SourceUnit code = code(MAIN).add(Binding.named("value", literal(MAIN, 5, TOKEN)));
    SourceUnit comments = SourceUnit.commentsOf(code).add(Binding.named("sid", literal(MAIN, 4, SID)));
    assertThat(DETECTOR.detect(List.of(code, comments)).findings()).isEmpty();

    SourceUnit code2 = code(MAIN).add(Binding.named("sid", literal(MAIN, 4, SID)));
    SourceUnit comments2 = SourceUnit.commentsOf(code2).add(Binding.named("value", literal(MAIN, 5, TOKEN)));
    assertThat(DETECTOR.detect(List.of(code2, comments2)).findings()).singleElement()
      .satisfies(f -> assertThat(f.message()).endsWith(Reporter.IN_A_COMMENT));
  }

  @Test
  void comments_of_resources_pair_within_their_module_and_set_no_application() {
    SourceUnit properties = resource("gradle.properties", "app");
    SourceUnit comments = SourceUnit.commentsOf(properties)
      .add(Binding.named("applicationId", literal("gradle.properties", 1, "com.example.old")))
      .add(Binding.named("twilio.sid", literal("gradle.properties", 2, SID)));
    SourceUnit xmlComments = SourceUnit.commentsOf(resource("strings.xml", "app"))
      .add(Binding.named("sms_value", literal("strings.xml", 9, TOKEN)));
    assertThat(DETECTOR.detect(List.of(properties, comments, xmlComments)).findings()).singleElement()
      .satisfies(f -> assertThat(f.secondaries()).singleElement().satisfies(s -> assertThat(s.location().file()).isEqualTo("gradle.properties")));
    assertThat(SharedAccounts.applications(List.of(properties, comments), m -> m)).doesNotContainValue("com.example.old");
    assertThat(comments.isEmpty()).isFalse();
    assertThat(SourceUnit.commentsOf(properties.trait(Trait.ANDROID_MODULE)).isEmpty()).isTrue();
  }
}
