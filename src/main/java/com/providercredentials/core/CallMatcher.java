package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.AuthCall;
import com.providercredentials.core.ProviderSpec.CallPattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Whether a call is one that a provider spec names: the provider API calls that take credentials (for the detection
 * core) and the calls that sign in with account credentials (for rule ClientSideAccountCredentials). A call is one when
 * its method is the spec's, its owner is (the fully qualified type the front-end resolved, or else the type as code
 * writes it; {@value #ANY_OWNER} for any type), and its arguments fit.
 */
final class CallMatcher {

  /** The owner of a call that any type may declare ({@code withCredentials} of any AWS client builder). */
  static final String ANY_OWNER = "*";

  /** The owner of each call of the specs as code writes it ({@code Twilio} for {@code com.twilio.Twilio}). */
  private final Map<String, String> writtenOwners = new HashMap<>();
  private final Set<String> methods;
  /** The owners as code writes them, for a lookup that does not walk {@link #writtenOwners}' values per call. */
  private final Set<String> ownersAsWritten;
  /** The owners of the specs' calls of each method name ({@value #ANY_OWNER} among them for a call of any type). */
  private final Map<String, Set<String>> ownersByMethod = new HashMap<>();
  /**
   * The specs' owners whose type, as code writes it, names no provider ({@code com.google.genai.Client.Builder}): a chain
   * of calls from {@code VonageClient} written without its package is Vonage's, from {@code Client} it may be any SDK's,
   * and only an import says whose (docs/adr/026).
   */
  private final Set<String> unnamed = new HashSet<>();

  CallMatcher(List<ProviderSpec> specs) {
    Set<String> names = new HashSet<>();
    Set<String> named = new HashSet<>();
    for (ProviderSpec spec : specs) {
      for (CallPattern call : spec.calls()) {
        if (namesItsProvider(spec, call.owner())) {
          named.add(call.owner());
        }
        writtenOwners.computeIfAbsent(call.owner(), CallMatcher::writtenOwner);
        names.add(call.method());
        ownersByMethod.computeIfAbsent(call.method(), m -> new HashSet<>()).add(call.owner());
      }
      if (spec.clientSide() != null) {
        for (AuthCall call : spec.clientSide().calls()) {
          if (namesItsProvider(spec, call.owner())) {
          named.add(call.owner());
        }
          writtenOwners.computeIfAbsent(call.owner(), CallMatcher::writtenOwner);
          names.add(call.method());
          ownersByMethod.computeIfAbsent(call.method(), m -> new HashSet<>()).add(call.owner());
        }
      }
    }
    writtenOwners.keySet().stream().filter(owner -> !named.contains(owner)).forEach(unnamed::add);
    this.methods = Set.copyOf(names);
    this.ownersAsWritten = Set.copyOf(writtenOwners.values());
  }

  /**
   * Whether the outermost type of an owner, as code writes it, holds a word of its provider ({@code VonageClient},
   * {@code OpenAIOkHttpClient}); words of one or two letters ({@code tg}) would be found in any name.
   */
  private static boolean namesItsProvider(ProviderSpec spec, String owner) {
    String written = writtenOwner(owner);
    String root = (written.indexOf('.') < 0 ? written : written.substring(0, written.indexOf('.'))).toLowerCase(Locale.ROOT);
    return spec.words().stream().anyMatch(word -> word.length() >= 3 && root.contains(word));
  }

  /** What a {@code generic} call needs to count for a provider: one of the provider's identifiers among its arguments. */
  interface Arguments {
    boolean holdIdentifierOf(ProviderSpec spec);
  }

  /** Whether a type as code writes it ({@code Twilio}, {@code BasicAWSCredentials}) owns one of the specs' calls. */
  boolean isOwnerAsWritten(String written) {
    return ownersAsWritten.contains(written);
  }

  /** Whether a call with this method name may be one the specs name (constructors always may). */
  boolean mayMatch(String method) {
    return Call.CONSTRUCTOR.equals(method) || methods.contains(method);
  }

  /**
   * Whether a call of this method on this owner (resolved, or as written; both null when the code says nothing of it)
   * may be one the specs name: a front-end need not record {@code Foo.create(…)} for {@code AwsBasicCredentials.create}.
   */
  boolean mayMatch(String method, @Nullable String owner, @Nullable String ownerName) {
    Set<String> owners = ownersByMethod.get(method);
    if (owners == null) {
      // a constructor no spec names: only a type the specs name may own it
      return Call.CONSTRUCTOR.equals(method) && (owner == null && ownerName == null || ownerOfSomeSpec(owner, ownerName, method));
    }
    if (owners.contains(ANY_OWNER) || (owner == null && ownerName == null)) {
      return true;
    }
    Call call = new Call(owner, ownerName, method, List.of(), SourceRange.of("", 1, 0, 1, 0));
    for (String candidate : owners) {
      if (ownerMatches(candidate, call)) {
        return true;
      }
    }
    return false;
  }

  private boolean ownerOfSomeSpec(@Nullable String owner, @Nullable String ownerName, String method) {
    Call call = new Call(owner, ownerName, method, List.of(), SourceRange.of("", 1, 0, 1, 0));
    for (String candidate : writtenOwners.keySet()) {
      if (!ANY_OWNER.equals(candidate) && ownerMatches(candidate, call)) {
        return true;
      }
    }
    return false;
  }

  /** The first of the spec's calls that this call is, or null; a generic one only with the provider's identifier among the arguments. */
  @Nullable
  CallPattern match(ProviderSpec spec, Call call, Arguments arguments) {
    for (CallPattern pattern : spec.calls()) {
      if (fits(pattern, call) && (!pattern.generic() || arguments.holdIdentifierOf(spec))) {
        return pattern;
      }
    }
    return null;
  }

  /** Whether the call is one of the spec's generic calls (a Basic auth helper), whatever its arguments hold. */
  boolean matchesGeneric(ProviderSpec spec, Call call) {
    for (CallPattern pattern : spec.calls()) {
      if (pattern.generic() && fits(pattern, call)) {
        return true;
      }
    }
    return false;
  }

  /** Same method, arguments that fit the parameters, same owner. */
  boolean fits(CallPattern pattern, Call call) {
    return pattern.method().equals(call.method()) && argumentsFit(pattern, call) && ownerMatches(pattern.owner(), call);
  }

  /**
   * Same method and owner; for a call restricted to a {@code header}, that header's name as first argument and a value
   * written with no other scheme than Basic.
   */
  boolean fits(AuthCall candidate, Call call) {
    if (!candidate.method().equals(call.method()) || !ownerMatches(candidate.owner(), call)) {
      return false;
    }
    if (candidate.header() == null) {
      return true;
    }
    return call.arguments().size() >= 2 && call.arguments().get(0).value() instanceof Expr.Literal name
      && name.value().trim().equalsIgnoreCase(candidate.header()) && !otherScheme(call.arguments().get(1).value(), candidate.schemes());
  }

  /**
   * The owner a spec gives ({@value #ANY_OWNER}, or a fully qualified type) against the call's: the type the front-end
   * resolved when it could, else the type as the code writes it ({@code Twilio}, {@code TwilioRestClient.Builder}).
   */
  boolean ownerMatches(String owner, Call call) {
    if (ANY_OWNER.equals(owner)) {
      return true;
    }
    if (call.owner() != null) {
      if (call.owner().endsWith(Call.CHAINED)) {
        // a chain of calls from an imported type (com.google.genai.Client…): on it, or on a type nested in it
        String root = call.owner().substring(0, call.owner().length() - Call.CHAINED.length());
        return owner.equals(root) || owner.startsWith(root + ".");
      }
      return owner.equals(call.owner());
    }
    String written = call.ownerName();
    if (written == null) {
      return false;
    }
    String ownerWritten = writtenOwners.get(owner);
    if (ownerWritten == null) {
      ownerWritten = writtenOwner(owner);
    }
    if (written.endsWith(Call.CHAINED)) {
      // a chain of calls from this type: on the type itself, or on one nested in it (VonageClient.Builder)
      String root = written.substring(0, written.length() - Call.CHAINED.length());
      return (ownerWritten.equals(root) || ownerWritten.startsWith(root + ".")) && !unnamed.contains(owner);
    }
    return written.equals(ownerWritten) || written.equals(owner);
  }

  /** As many arguments as parameters; or, when every argument is named (Kotlin, with defaults), known names. */
  static boolean argumentsFit(CallPattern pattern, Call call) {
    if (pattern.parameters().size() == call.arguments().size()) {
      return true;
    }
    if (call.arguments().isEmpty()) {
      return false;
    }
    for (Call.Argument argument : call.arguments()) {
      if (argument.name() == null || !pattern.parameters().contains(argument.name())) {
        return false;
      }
    }
    return true;
  }

  /** The role of an argument of a matched call: by parameter name for a named argument (null for an unknown name), by position otherwise. */
  @Nullable
  static Role role(CallPattern pattern, Call.Argument argument, int index) {
    String name = argument.name();
    if (name != null) {
      int parameter = pattern.parameters().indexOf(name);
      return parameter < 0 ? null : pattern.roles().get(parameter);
    }
    return pattern.roles().get(index);
  }

  /** A type's name as code writes it, without its package: {@code com.twilio.Twilio} is {@code Twilio}. */
  static String writtenOwner(String owner) {
    String[] segments = owner.split("\\.");
    int first = 0;
    while (first < segments.length - 1 && !Character.isUpperCase(segments[first].charAt(0))) {
      first++;
    }
    return String.join(".", List.of(segments).subList(first, segments.length));
  }

  /**
   * {@code "Bearer " + token}: a header value written with another scheme than Basic, or than those the provider's
   * account credentials travel in ({@code schemes: [Bearer]} for an API key sent as a Bearer token), is a user's token,
   * no account credential.
   */
  private static boolean otherScheme(Expr value, List<String> accountSchemes) {
    Expr first = value instanceof Expr.Concat concat && !concat.parts().isEmpty() ? concat.parts().get(0) : value;
    if (first instanceof Expr.Literal literal) {
      String text = literal.value().stripLeading();
      int space = text.indexOf(' ');
      if (space <= 0 || !text.substring(0, space).chars().allMatch(Character::isLetter)) {
        return false;
      }
      String scheme = text.substring(0, space).toLowerCase(Locale.ROOT);
      return !scheme.equals("basic") && !accountSchemes.contains(scheme);
    }
    return false;
  }
}
