package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.testing.Hostile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String SID = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private static SourceUnit read(String text, int line, int column, List<String> lineNames) {
    SourceUnit unit = new SourceUnit("f", "", SourceUnit.Kind.CODE);
    new TextReader(DETECTOR).read(text, line, column, lineNames, unit);
    return unit;
  }

  @Test
  void a_call_with_its_arguments_and_their_places_in_the_file() {
    SourceUnit unit = read(" Twilio.init(\"" + SID + "\",\n    \"" + TOKEN + "\");", 7, 4, List.of());
    assertThat(unit.calls()).hasSize(1);
    Call call = unit.calls().get(0);
    assertThat(call.ownerName()).isEqualTo("Twilio");
    assertThat(call.method()).isEqualTo("init");
    assertThat(call.range()).isEqualTo(SourceRange.of("f", 7, 5, 7, 16));
    assertThat(call.arguments()).extracting(a -> ((Expr.Literal) a.value()).value()).containsExactly(SID, TOKEN);
    assertThat(call.arguments().get(0).value().range()).isEqualTo(SourceRange.of("f", 7, 17, 7, 53));
    assertThat(call.arguments().get(1).value().range()).isEqualTo(SourceRange.of("f", 8, 4, 8, 38));
    assertThat(unit.bindings()).isEmpty();
  }

  @Test
  void constructors_named_arguments_and_concatenations() {
    SourceUnit unit = read("new com.amazonaws.auth.BasicAWSCredentials(\"AKIA\" + \"X\", key)\nTwilioRestClient.Builder(username = \"" + SID
      + "\", password = \"" + TOKEN + "\")", 1, 0, List.of());
    assertThat(unit.calls()).extracting(Call::ownerName, Call::method).containsExactly(
      tuple("BasicAWSCredentials", Call.CONSTRUCTOR),
      tuple("TwilioRestClient.Builder", Call.CONSTRUCTOR));
    Call builder = unit.calls().get(1);
    assertThat(builder.arguments()).extracting(Call.Argument::name).containsExactly("username", "password");
    SourceUnit aws = read("new BasicAWSCredentials(\"AKIA\" + \"" + TOKEN + "\", key)", 1, 0, List.of());
    assertThat(aws.calls().get(0).ownerName()).isEqualTo("BasicAWSCredentials");
    assertThat(aws.calls().get(0).arguments().get(0).value()).isInstanceOf(Expr.Concat.class);
    // a name passed is one of the text's own: what the file's comments (or unparsable text) bind to it
    assertThat(aws.calls().get(0).arguments().get(1).value()).isInstanceOfSatisfying(Expr.Ref.class,
      ref -> assertThat(ref.keys()).containsExactly(SymbolKey.inText("f", "key")));
  }

  @Test
  void adjacent_strings_on_a_line_are_one_value() {
    String first = TOKEN.substring(0, 10);
    String rest = TOKEN.substring(10);
    SourceUnit unit = read("String t = \"" + first + "\" \"" + rest + "\";\n\"" + SID + "\"\n\"" + TOKEN + "\"", 1, 0, List.of());
    assertThat(unit.bindings()).extracting(b -> ((Expr.Literal) b.value()).value()).containsExactly(TOKEN, SID, TOKEN);
    assertThat(unit.bindings().get(0).value().range()).isEqualTo(SourceRange.of("f", 1, 11, 1, 11 + TOKEN.length() + 5));
  }

  @Test
  void a_call_passes_constants_of_the_text_by_name() {
    SourceUnit unit = read("static final String AUTH = \"" + TOKEN + "\";\nTwilio.init(Config.SID, AUTH);", 1, 0, List.of());
    assertThat(unit.bindings()).extracting(Binding::keys).containsExactly(List.of(SymbolKey.inText("f", "AUTH")));
    assertThat(unit.calls().get(0).arguments()).extracting(a -> ((Expr.Ref) a.value()).keys())
      .containsExactly(List.of(SymbolKey.inText("f", "SID")), List.of(SymbolKey.inText("f", "AUTH")));
  }

  @Test
  void assignments_name_their_values_and_other_values_stand_alone() {
    SourceUnit unit = read("""
       private static final String TWILIO_AUTH_TOKEN = "%s";
       val token: String = "%s"
       "twilio_token": "%s",
       auth.token = %s
       see %s
      """.formatted(TOKEN, TOKEN, TOKEN, TOKEN, SID), 1, 0, List.of("getenv"));
    assertThat(unit.bindings()).extracting(b -> b.names(), b -> ((Expr.Literal) b.value()).value()).containsExactly(
      tuple(List.of("TWILIO_AUTH_TOKEN"), TOKEN),
      tuple(List.of("token"), TOKEN),
      tuple(List.of("twilio_token"), TOKEN),
      tuple(List.of("auth.token"), TOKEN),
      tuple(List.of(), SID));
    // keyed by the names written as names, in the text's own namespace: no code resolves to them
    assertThat(unit.bindings()).extracting(Binding::keys).containsExactly(List.of(SymbolKey.inText("f", "TWILIO_AUTH_TOKEN")),
      List.of(SymbolKey.inText("f", "token")), List.of(), List.of(SymbolKey.inText("f", "token")), List.of());
  }

  @Test
  void a_value_alone_on_the_first_line_has_the_names_of_the_code_before_it() {
    SourceUnit unit = read(" \"" + TOKEN + "\"\n \"" + TOKEN + "\"", 3, 40, new TextReader(DETECTOR).namesOf("return System.getenv(\"TWILIO_AUTH_TOKEN\"); "));
    assertThat(unit.bindings()).extracting(Binding::names)
      .containsExactly(List.of("return", "getenv", "TWILIO_AUTH_TOKEN"), List.of());
  }

  @Test
  void gradle_fields_in_either_syntax() {
    SourceUnit unit = read("buildConfigField \"String\", \"TWILIO_AUTH_TOKEN\", \"\\\"" + TOKEN + "\\\"\"\nresValue(\"string\", \"twilio_token\", \"" + TOKEN + "\")", 1, 0, List.of());
    assertThat(unit.bindings()).extracting(b -> b.names().get(0), b -> ((Expr.Literal) b.value()).value())
      .containsExactly(tuple("TWILIO_AUTH_TOKEN", TOKEN), tuple("twilio_token", TOKEN));
  }

  @Test
  void prose_without_a_run_of_credential_characters_is_not_read() {
    assertThat(read("init(\"short\", \"values\") is how the app used to sign in", 1, 0, List.of()).isEmpty()).isTrue();
    assertThat(read("Twilio.initialize(\"short\") and new Object(ACCOUNT, TOKEN)", 1, 0, List.of()).isEmpty()).isTrue();
    // but a provider's call is read whatever it holds: its arguments may name constants of other comments
    TextReader reader = new TextReader(DETECTOR);
    assertThat(reader.worthReading("Twilio.init(ACCOUNT, TOKEN);")).isTrue();
    assertThat(reader.worthReading("return new BasicAWSCredentials (KEY_ID, SECRET)")).isTrue();
    assertThat(reader.worthReading("com.twilio.Twilio.init(a, b)")).isTrue();
    assertThat(read("unterminated \"" + TOKEN + "\n and ( never closed, \"" + SID, 1, 0, List.of()).bindings())
      .extracting(b -> ((Expr.Literal) b.value()).value()).contains(TOKEN, SID);
  }

  @Test
  void empty_arguments_make_no_call() {
    SourceUnit unit = read("f(,\"" + TOKEN + "\") g(\"" + TOKEN + "\",,) h(,) Twilio.init(\"" + SID + "\", \"" + TOKEN + "\",)", 1, 0, List.of());
    assertThat(unit.calls()).extracting(Call::method).containsExactly("init");
    assertThat(unit.calls().get(0).arguments()).hasSize(2);
  }

  @Property(tries = 60)
  void hostile_text_never_fails(@ForAll("hostile") String text) {
    SourceUnit unit = new SourceUnit("f", "", SourceUnit.Kind.CODE);
    assertTimeoutPreemptively(Hostile.GUARD, () -> new TextReader(DETECTOR).read(text, 1, 0, List.of("x"), unit));
    assertTimeoutPreemptively(Hostile.GUARD, () -> new CodeComments(DETECTOR).read(text, true, SourceUnit.commentsOf(unit)));
    assertThat(CodeComments.withoutComments(text, false)).hasSameSizeAs(text);
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(Hostile.mix(), Hostile.large(),
      Arbitraries.of("//" + ("\"" + TOKEN).repeat(Hostile.ONE_MB / 33), "/*" + "Twilio.init(".repeat(Hostile.ONE_MB / 12),
        "/*" + "/*".repeat(Hostile.ONE_MB / 2), "// a = " + "b".repeat(Hostile.ONE_MB)));
  }
}
