package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.ProviderSpec.AuthCall;
import com.providercredentials.core.ProviderSpec.CallPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/** One matcher for the provider calls of the core and the sign-in calls of rule ClientSideAccountCredentials. */
class CallMatcherTest {

  private static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  private static final ProviderSpec AWS = CoreFixture.spec(SPECS, "aws");
  private static final ProviderSpec TWILIO = CoreFixture.spec(SPECS, "twilio");
  private static final CallMatcher MATCHER = new CallMatcher(SPECS);
  private static final String FILE = "Example.java";
  private static final CallMatcher.Arguments NO_IDENTIFIER = spec -> false;
  private static final CallMatcher.Arguments TWILIO_IDENTIFIER = spec -> spec == TWILIO;

  @Test
  void a_resolved_owner_must_be_the_spec_s_type() {
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call("com.twilio.Twilio", "Twilio", "init", 2))).isTrue();
    // the resolved type decides, whatever the code writes
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call("com.example.Twilio", "Twilio", "init", 2))).isFalse();
  }

  @Test
  void an_unresolved_owner_is_compared_as_code_writes_it() {
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call(null, "Twilio", "init", 2))).isTrue();
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call(null, "com.twilio.Twilio", "init", 2))).isTrue();
    assertThat(MATCHER.ownerMatches("com.twilio.http.TwilioRestClient.Builder", call(null, "TwilioRestClient.Builder", "<init>", 2))).isTrue();
    assertThat(MATCHER.ownerMatches("com.twilio.http.TwilioRestClient.Builder", call(null, "Builder", "<init>", 2))).isFalse();
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call(null, "Twilio2", "init", 2))).isFalse();
    // an unqualified call has no owner to compare
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", call(null, null, "init", 2))).isFalse();
    // a type no spec names is compared the same way
    assertThat(MATCHER.ownerMatches("com.acme.Client", call(null, "Client", "connect", 2))).isTrue();
  }

  @Test
  void a_call_on_a_chain_of_calls_is_on_the_chain_s_root_type_or_a_type_nested_in_it() {
    Call onChain = call(null, Call.chainedFrom("TwilioRestClient"), "build", 0);
    assertThat(MATCHER.ownerMatches("com.twilio.http.TwilioRestClient.Builder", onChain)).isTrue();
    assertThat(MATCHER.ownerMatches("com.twilio.http.TwilioRestClient", onChain)).isTrue();
    assertThat(MATCHER.ownerMatches("com.twilio.http.TwilioRestClientFactory", onChain)).isFalse();
    assertThat(MATCHER.ownerMatches("com.twilio.Twilio", onChain)).isFalse();
    assertThat(onChain.display()).isEqualTo("TwilioRestClient…build");
  }

  @Test
  void a_chain_from_an_imported_type_is_on_that_type_only() {
    Call genAi = call(Call.chainedFrom("com.google.genai.Client"), Call.chainedFrom("Client"), "apiKey", 1);
    assertThat(MATCHER.ownerMatches("com.google.genai.Client.Builder", genAi)).isTrue();
    Call other = call(Call.chainedFrom("com.example.searchsdk.Client"), Call.chainedFrom("Client"), "apiKey", 1);
    assertThat(MATCHER.ownerMatches("com.google.genai.Client.Builder", other)).isFalse();
    assertThat(MATCHER.ownerMatches("com.google.genai.ClientFactory", genAi)).isFalse();
  }

  @Test
  void a_chain_from_a_type_written_without_its_package_counts_only_when_the_type_names_its_provider() {
    // Client names no provider: without an import it may be any SDK's
    assertThat(MATCHER.ownerMatches("com.google.genai.Client.Builder", call(null, Call.chainedFrom("Client"), "apiKey", 1))).isFalse();
    // VonageClient does
    assertThat(MATCHER.ownerMatches("com.vonage.client.VonageClient.Builder", call(null, Call.chainedFrom("VonageClient"), "apiSecret", 1))).isTrue();
  }

  @Test
  void a_front_end_need_not_record_a_provider_method_on_a_type_no_spec_names() {
    assertThat(MATCHER.mayMatch("create", null, "AwsBasicCredentials")).isTrue();
    assertThat(MATCHER.mayMatch("create", "software.amazon.awssdk.auth.credentials.AwsBasicCredentials", null)).isTrue();
    assertThat(MATCHER.mayMatch("create", null, "Retrofit")).isFalse();
    assertThat(MATCHER.mayMatch("init", "com.example.App", "App")).isFalse();
    // a call of any type (an Authorization header), and a call the code says nothing of the owner of, may be one
    assertThat(MATCHER.mayMatch("addHeader", null, "builder")).isTrue();
    assertThat(MATCHER.mayMatch("init", null, null)).isTrue();
    // a constructor: of a type the specs name, or of an unknown one
    assertThat(MATCHER.mayMatch(Call.CONSTRUCTOR, null, "BasicAWSCredentials")).isTrue();
    assertThat(MATCHER.mayMatch(Call.CONSTRUCTOR, "java.util.ArrayList", "ArrayList")).isFalse();
    assertThat(MATCHER.mayMatch("noSuchMethod", null, "Twilio")).isFalse();
  }

  @Test
  void any_owner_matches_every_call() {
    assertThat(MATCHER.ownerMatches(CallMatcher.ANY_OWNER, call(null, null, "secretAccessKey", 1))).isTrue();
    assertThat(MATCHER.ownerMatches(CallMatcher.ANY_OWNER, call("software.amazon.Builder", "Builder", "secretAccessKey", 1))).isTrue();
  }

  @Test
  void the_written_owner_drops_the_package_only() {
    assertThat(CallMatcher.writtenOwner("com.twilio.Twilio")).isEqualTo("Twilio");
    assertThat(CallMatcher.writtenOwner("com.twilio.http.TwilioRestClient.Builder")).isEqualTo("TwilioRestClient.Builder");
    assertThat(CallMatcher.writtenOwner("okhttp3.Credentials")).isEqualTo("Credentials");
    assertThat(CallMatcher.writtenOwner("Twilio")).isEqualTo("Twilio");
    assertThat(CallMatcher.writtenOwner("lower.case.only")).isEqualTo("only");
  }

  @Test
  void arguments_fit_by_count_or_by_known_names() {
    CallPattern init = TWILIO.calls().get(0);
    assertThat(init.parameters()).containsExactly("username", "password");
    assertThat(CallMatcher.argumentsFit(init, call(null, "Twilio", "init", 2))).isTrue();
    assertThat(CallMatcher.argumentsFit(init, call(null, "Twilio", "init", 3))).isFalse();
    assertThat(CallMatcher.argumentsFit(init, call(null, "Twilio", "init", 0))).isFalse();
    // Kotlin's named arguments, with defaults for the others
    assertThat(CallMatcher.argumentsFit(init, named("password"))).isTrue();
    assertThat(CallMatcher.argumentsFit(init, named("password", "username", "password"))).isTrue();
    // as many arguments as parameters fit whatever their names (the front-end may not know them)
    assertThat(CallMatcher.argumentsFit(init, named("password", "region"))).isTrue();
    assertThat(CallMatcher.argumentsFit(init, named("password", "username", "region"))).isFalse();
    assertThat(CallMatcher.argumentsFit(init, named("password", null, "username"))).isFalse();
  }

  @Test
  void a_call_matches_the_first_pattern_of_its_method_owner_and_arity() {
    assertThat(MATCHER.match(TWILIO, call("com.twilio.Twilio", "Twilio", "init", 2), NO_IDENTIFIER)).isSameAs(TWILIO.calls().get(0));
    assertThat(MATCHER.match(TWILIO, call("com.twilio.Twilio", "Twilio", "init", 3), NO_IDENTIFIER)).isSameAs(TWILIO.calls().get(1));
    assertThat(MATCHER.match(TWILIO, call("com.twilio.Twilio", "Twilio", "init", 4), NO_IDENTIFIER)).isNull();
    assertThat(MATCHER.match(TWILIO, call("com.twilio.Twilio", "Twilio", "close", 2), NO_IDENTIFIER)).isNull();
    assertThat(MATCHER.match(AWS, call("com.twilio.Twilio", "Twilio", "init", 2), NO_IDENTIFIER)).isNull();
    assertThat(MATCHER.match(AWS, call(null, "AwsBasicCredentials.Builder", "secretAccessKey", 1), NO_IDENTIFIER).method())
      .isEqualTo("secretAccessKey");
  }

  @Test
  void a_generic_call_counts_only_with_the_provider_s_identifier_among_its_arguments() {
    Call basic = call("okhttp3.Credentials", "Credentials", "basic", 2);
    assertThat(MATCHER.match(TWILIO, basic, NO_IDENTIFIER)).isNull();
    CallPattern pattern = MATCHER.match(TWILIO, basic, TWILIO_IDENTIFIER);
    assertThat(pattern).isNotNull();
    assertThat(pattern.generic()).isTrue();
    assertThat(MATCHER.match(AWS, basic, TWILIO_IDENTIFIER)).isNull();
    // whatever the arguments hold, it is a generic helper of Twilio's spec, not of AWS's
    assertThat(MATCHER.matchesGeneric(TWILIO, basic)).isTrue();
    assertThat(MATCHER.matchesGeneric(AWS, basic)).isFalse();
    assertThat(MATCHER.matchesGeneric(TWILIO, call("com.twilio.Twilio", "Twilio", "init", 2))).isFalse();
  }

  @Test
  void an_argument_s_role_is_by_name_when_named_else_by_position() {
    CallPattern sdk = TWILIO.calls().stream().filter(c -> c.owner().equals("com.twilio.sdk.TwilioRestClient")).findFirst().orElseThrow();
    Expr value = literal("x", 1);
    assertThat(CallMatcher.role(sdk, Call.Argument.of(value), 0)).isEqualTo(new Role.Named("account-sid"));
    assertThat(CallMatcher.role(sdk, Call.Argument.of(value), 1)).isEqualTo(new Role.Named("auth-token"));
    assertThat(CallMatcher.role(sdk, new Call.Argument("authToken", value), 0)).isEqualTo(new Role.Named("auth-token"));
    assertThat(CallMatcher.role(sdk, new Call.Argument("region", value), 0)).isNull();
  }

  @Test
  void the_methods_of_every_call_and_constructors_may_match() {
    assertThat(MATCHER.mayMatch("init")).isTrue();
    assertThat(MATCHER.mayMatch(Call.CONSTRUCTOR)).isTrue();
    assertThat(MATCHER.mayMatch("secretAccessKey")).isTrue();
    // only client-side calls name these
    assertThat(MATCHER.mayMatch("setRequestProperty")).isTrue();
    assertThat(MATCHER.mayMatch("create")).isTrue();
    assertThat(MATCHER.mayMatch("toString")).isFalse();
    assertThat(MATCHER.mayMatch("Init")).isFalse();
  }

  @Test
  void a_sign_in_call_matches_by_method_and_owner() {
    AuthCall init = new AuthCall("com.twilio.Twilio", "init", 1, null, false);
    assertThat(MATCHER.fits(init, call(null, "Twilio", "init", 2))).isTrue();
    // any arguments: the value's source does not matter to rule ClientSideAccountCredentials
    assertThat(MATCHER.fits(init, call("com.twilio.Twilio", "Twilio", "init", 5))).isTrue();
    assertThat(MATCHER.fits(init, call("com.example.Twilio", "Twilio", "init", 2))).isFalse();
    assertThat(MATCHER.fits(init, call(null, "Twilio", "initialize", 2))).isFalse();
  }

  @Test
  void a_header_call_matches_with_that_header_and_no_other_scheme_than_basic() {
    AuthCall header = new AuthCall(CallMatcher.ANY_OWNER, "addHeader", 1, "Authorization", true);
    assertThat(MATCHER.fits(header, header(" authorization ", new Expr.Opaque(Expr.Origin.OTHER, "value", range(2))))).isTrue();
    assertThat(MATCHER.fits(header, header("Authorization", literal("Basic QUM6dG9rZW4=", 2)))).isTrue();
    assertThat(MATCHER.fits(header, header("Authorization", new Expr.Concat(List.of(literal("Basic ", 2), literal("x", 3)), range(2))))).isTrue();
    assertThat(MATCHER.fits(header, header("Authorization", new Expr.Concat(List.of(literal("Bearer ", 2), literal("x", 3)), range(2))))).isFalse();
    assertThat(MATCHER.fits(header, header("Authorization", literal("  Token abc", 2)))).isFalse();
    // a first word that is no scheme
    assertThat(MATCHER.fits(header, header("Authorization", literal("abc123 def", 2)))).isTrue();
    assertThat(MATCHER.fits(header, header("Accept", literal("Basic x", 2)))).isFalse();
    Call nameNotWritten = new Call(null, "builder", "addHeader",
      List.of(Call.Argument.of(new Expr.Ref(List.of("AUTH"), "AUTH", range(1))), Call.Argument.of(literal("Basic x", 2))), range(1));
    assertThat(MATCHER.fits(header, nameNotWritten)).isFalse();
    Call oneArgument = new Call(null, "builder", "addHeader", List.of(Call.Argument.of(literal("Authorization", 1))), range(1));
    assertThat(MATCHER.fits(header, oneArgument)).isFalse();
  }

  @Test
  void a_header_call_of_a_provider_whose_keys_travel_as_bearer_tokens_matches_that_scheme_too() {
    AuthCall bearer = new AuthCall(CallMatcher.ANY_OWNER, "addHeader", 1, "Authorization", true, List.of("bearer"));
    assertThat(MATCHER.fits(bearer, header("Authorization", new Expr.Concat(List.of(literal("Bearer ", 2), literal("x", 3)), range(2))))).isTrue();
    assertThat(MATCHER.fits(bearer, header("Authorization", literal("Basic QUM6dG9rZW4=", 2)))).isTrue();
    assertThat(MATCHER.fits(bearer, header("Authorization", literal("Token abc", 2)))).isFalse();
  }

  private static Call header(String name, Expr value) {
    return new Call(null, "builder", "addHeader", List.of(Call.Argument.of(literal(name, 1)), Call.Argument.of(value)), range(1));
  }

  private static Call call(@Nullable String owner, @Nullable String ownerName, String method, int arguments) {
    List<Call.Argument> args = new ArrayList<>();
    for (int i = 0; i < arguments; i++) {
      args.add(Call.Argument.of(literal("value" + i, i + 1)));
    }
    return new Call(owner, ownerName, method, args, range(1));
  }

  private static Call named(String... names) {
    List<Call.Argument> args = Arrays.stream(names).map(n -> new Call.Argument(n, literal("v", 1))).toList();
    return new Call(null, "Twilio", "init", args, range(1));
  }

  private static Expr.Literal literal(String value, int line) {
    return new Expr.Literal(value, range(line));
  }

  private static SourceRange range(int line) {
    return SourceRange.of(FILE, line, 0, line, 10);
  }
}
