package com.providercredentials.core;

import java.util.List;
import java.util.Locale;
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
  List<Example> examples,
  @Nullable ClientSide clientSide,
  List<GuidanceContext> contexts) {

  public ProviderSpec {
    words = Set.copyOf(words);
    vocabulary = Set.copyOf(vocabulary);
    identifiers = List.copyOf(identifiers);
    secrets = List.copyOf(secrets);
    calls = List.copyOf(calls);
    placeholders = Set.copyOf(placeholders);
    examples = List.copyOf(examples);
    contexts = List.copyOf(contexts);
  }

  public ProviderSpec(String id, String name, String rule, Set<String> words, Set<String> vocabulary, List<IdentifierKind> identifiers,
    List<SecretKind> secrets, List<CallPattern> calls, Set<String> placeholders, List<Example> examples) {
    this(id, name, rule, words, vocabulary, identifiers, secrets, calls, placeholders, examples, null, List.of());
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
   * identifier of a kind in {@code pairsWith} beside it; unless the shape is {@code distinctive}: its leading literal
   * is the provider's own ({@code sk_live_}, {@code SG.}), so that a plausible value of the shape is the credential
   * wherever it stands.
   */
  public record SecretKind(String kind, String label, Shape shape, List<String> pairsWith, List<List<String>> names, String message,
    boolean distinctive, List<BuiltInRule> reportedBy) {
    public SecretKind {
      pairsWith = List.copyOf(pairsWith);
      names = names.stream().map(List::copyOf).toList();
      reportedBy = List.copyOf(reportedBy);
    }

    public SecretKind(String kind, String label, Shape shape, List<String> pairsWith, List<List<String>> names, String message) {
      this(kind, label, shape, pairsWith, names, message, false, List.of());
    }
  }

  /**
   * A rule built into SonarQube that reports a secret of this kind where one of these groups of words names it (no
   * group: whatever its name), in any file it reads but those that {@code exceptFiles} name (docs/adr/020): a file
   * ending, or a folder written with slashes ({@code /src/test/}). {@code secrets:S6290} reports an AWS secret key
   * whose name says {@code aws} and {@code secret}, in every file but {@code build.gradle}.
   */
  public record BuiltInRule(String rule, List<List<String>> names, List<String> exceptFiles) {
    public BuiltInRule {
      names = names.stream().map(List::copyOf).toList();
      exceptFiles = List.copyOf(exceptFiles);
    }

    /** Whether this rule reads the file (a path with forward slashes, lower case). */
    public boolean reads(String file) {
      for (String except : exceptFiles) {
        boolean folder = except.startsWith("/") && except.endsWith("/") && except.length() > 1;
        if (folder ? ("/" + file).contains(except) : file.endsWith(except)) {
          return false;
        }
      }
      return true;
    }

    /** Whether a value held by names of these words is one this rule reports. */
    public boolean names(java.util.Set<String> words) {
      return names.isEmpty() || names.stream().anyMatch(words::containsAll);
    }
  }

  /**
   * An API entry point that takes credentials. {@code owner} is the fully qualified declaring type ({@code *} for any
   * type), {@code method} the method name or {@code <init>}. {@code roles} gives, per parameter, what it takes (see
   * {@link Role}). A {@code generic} call (HTTP Basic auth helpers) belongs to no provider: it counts only when one of
   * this provider's identifiers is among its arguments. {@link CallMatcher} tells whether a call is this one.
   * {@code reportedBy}: a rule built into SonarQube that reports a literal written as this call's argument when the
   * language analyser resolves the call ({@code java:S6437}, in Java files; docs/adr/020).
   */
  public record CallPattern(String owner, String method, List<String> parameters, List<Role> roles, boolean generic,
    @Nullable String reportedBy) {

    public CallPattern {
      parameters = List.copyOf(parameters);
      roles = List.copyOf(roles);
      if (parameters.size() != roles.size()) {
        throw new IllegalArgumentException("Call " + owner + "." + method + ": parameters and roles differ in length");
      }
    }

    public CallPattern(String owner, String method, List<String> parameters, List<Role> roles, boolean generic) {
      this(owner, method, parameters, roles, generic, null);
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

  /**
   * What rule ClientSideAccountCredentials looks for (docs/adr/008): the calls that sign in to the provider's
   * REST API with account-level credentials, whatever their values' source. {@code hosts} are the REST hosts
   * ({@code api.twilio.com}, or {@code *.twilio.com} for every subdomain): a {@code needsHost} call (Basic
   * authentication, an {@code Authorization} header) is the provider's only when its module's code names one.
   */
  public record ClientSide(String message, List<AuthCall> calls, List<String> hosts, List<ClientSideExample> examples) {
    public ClientSide {
      calls = List.copyOf(calls);
      hosts = List.copyOf(hosts);
      examples = List.copyOf(examples);
    }

    /** Whether a text names one of the REST hosts. */
    public boolean namesHost(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String host : hosts) {
        if (host.startsWith("*.")) {
          String domain = host.substring(1);
          int at = lower.indexOf(domain);
          while (at >= 0) {
            int end = at + domain.length();
            boolean hostEnds = end == lower.length() || "/:?#\"'".indexOf(lower.charAt(end)) >= 0;
            if (at > 0 && isHostChar(lower.charAt(at - 1)) && hostEnds) {
              return true;
            }
            at = lower.indexOf(domain, at + 1);
          }
        } else if (lower.contains(host)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isHostChar(char c) {
      return Character.isLetterOrDigit(c) || c == '-';
    }
  }

  /**
   * A call that authenticates with account credentials. {@code secret} is the index of the argument that
   * carries the credential (its source is named in a secondary location); {@code header} restricts a call
   * to those whose first argument is that header name; {@code needsHost}: see {@link ClientSide}; {@code arguments}:
   * the number of arguments of the overload meant (-1: any), so that overloads taking the credential at different
   * positions ({@code Client(token)}, {@code Client(version, token)}) are told apart.
   */
  public record AuthCall(String owner, String method, int secret, @Nullable String header, boolean needsHost, List<String> schemes,
    int arguments) {
    public AuthCall {
      schemes = List.copyOf(schemes);
    }

    public AuthCall(String owner, String method, int secret, @Nullable String header, boolean needsHost, List<String> schemes) {
      this(owner, method, secret, header, needsHost, schemes, -1);
    }

    public AuthCall(String owner, String method, int secret, @Nullable String header, boolean needsHost) {
      this(owner, method, secret, header, needsHost, List.of());
    }

    /** Whether a call with this many arguments is the overload meant. */
    public boolean takes(int count) {
      return arguments < 0 || arguments == count;
    }
  }

  /**
   * One "How to fix it in ..." context of the rule descriptions ({@code key} as SonarQube derives it from the
   * title). The first context of a spec whose conditions hold is the one an issue opens: {@code android} (null:
   * either way) and {@code seen}, prefixes of which one type called in the file (or its module) must start with.
   */
  public record GuidanceContext(String key, @Nullable Boolean android, List<String> seen) {
    public GuidanceContext {
      seen = List.copyOf(seen);
    }
  }

  /**
   * An example of rule ClientSideAccountCredentials, run as a test: a call whose arguments are written as
   * {@code BuildConfig.X}, {@code R.string.x}, {@code "literal"} or an origin ({@code meta-data}, {@code decoded},
   * {@code native}, {@code other}), in a file of an Android module or not; {@code expect} is the secondary message
   * that names the value's source ("" for none), or absent when the example must stay silent.
   */
  public record ClientSideExample(String name, String call, List<String> args, boolean android, @Nullable String host,
    @Nullable String expect) {
    public ClientSideExample {
      args = List.copyOf(args);
    }
  }
}
