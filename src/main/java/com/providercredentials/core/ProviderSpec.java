package com.providercredentials.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * One provider, described as data (see {@code providers/*.yaml}): the identifiers and secrets it issues,
 * the words that name it, the API calls that take its credentials, the known placeholders, and examples.
 */
public record ProviderSpec(
  String id,
  String name,
  String rule,
  Set<String> words,
  Set<String> vocabulary,
  List<IdentifierKind> identifiers,
  List<SecretKind> secrets,
  List<CallPattern> calls,
  Set<String> placeholders,
  List<Example> examples) {

  public ProviderSpec {
    words = Set.copyOf(words);
    vocabulary = Set.copyOf(vocabulary);
    identifiers = List.copyOf(identifiers);
    secrets = List.copyOf(secrets);
    calls = List.copyOf(calls);
    placeholders = Set.copyOf(placeholders);
    examples = List.copyOf(examples);
  }

  public Optional<IdentifierKind> identifier(String kind) {
    return identifiers.stream().filter(i -> i.kind().equals(kind)).findFirst();
  }

  public Optional<SecretKind> secret(String kind) {
    return secrets.stream().filter(s -> s.kind().equals(kind)).findFirst();
  }

  /**
   * Something that identifies an account or a key and is not secret by itself (Twilio Account SID, AWS
   * access key id). It is evidence for the secrets beside it, and {@code account} ones are tracked across
   * projects (rule SharedAccountSid). {@code accountDecoder} names how the account is read out of the
   * identifier when it can be (AWS key ids: {@code aws-key-id}); {@code sharedAdvice} ends the message of a
   * shared account ("give each app its own subaccount or API key").
   */
  public record IdentifierKind(String kind, String label, Shape shape, boolean account, @Nullable String accountDecoder, String sharedAdvice) {
    public IdentifierKind(String kind, String label, Shape shape, boolean account) {
      this(kind, label, shape, account, null, "give each app its own credentials");
    }
  }

  /**
   * A secret. On its own, a value of this shape is not enough: it also needs a name that says so
   * ({@code names}, each entry a group of words that must all appear), a call that takes it, or an
   * identifier of a kind in {@code pairsWith} beside it.
   */
  public record SecretKind(String kind, String label, Shape shape, List<String> pairsWith, List<List<String>> names, String message) {
    public SecretKind {
      pairsWith = List.copyOf(pairsWith);
      names = names.stream().map(List::copyOf).toList();
    }
  }

  /**
   * An API entry point that takes credentials. {@code owner} is the fully qualified declaring type,
   * {@code method} the method name or {@code <init>}. {@code roles} gives, per parameter, what it takes:
   * {@code identifier}, {@code secret}, a kind name, or {@code -} for anything else. A {@code generic} call
   * (HTTP Basic auth helpers) belongs to no provider: it counts only when one of this provider's
   * identifiers is among its arguments.
   */
  public record CallPattern(String owner, String method, List<String> parameters, List<String> roles, boolean generic) {
    public static final String ANY_OWNER = "*";

    public CallPattern {
      parameters = List.copyOf(parameters);
      roles = List.copyOf(roles);
      if (parameters.size() != roles.size()) {
        throw new IllegalArgumentException("Call " + owner + "." + method + ": parameters and roles differ in length");
      }
    }

    /** The type as written in code, without its package: {@code TwilioRestClient.Builder}. */
    public String writtenOwner() {
      String[] segments = owner.split("\\.");
      int first = 0;
      while (first < segments.length - 1 && !Character.isUpperCase(segments[first].charAt(0))) {
        first++;
      }
      return String.join(".", List.of(segments).subList(first, segments.length));
    }
  }

  /**
   * An example that runs as a test: the values a front-end would hand over, and the secrets that must be
   * found (none, for a look-alike).
   */
  public record Example(String name, List<Given> given, List<Expected> expect) {
    public Example {
      given = List.copyOf(given);
      expect = List.copyOf(expect);
    }
  }

  /**
   * One value of an example: {@code name} and {@code value} for a named value, or {@code call} with
   * {@code args} (literal values, or {@code $NAME} for a reference to a named value); {@code file} places it
   * in another file of the same module.
   */
  public record Given(String file, String name, String value, String call, List<String> args) {
    public Given {
      args = args == null ? List.of() : List.copyOf(args);
    }
  }

  /** A secret the example must report: its kind and its value. */
  public record Expected(String kind, String value) {
  }
}
