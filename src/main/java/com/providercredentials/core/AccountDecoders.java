package com.providercredentials.core;

import com.eclipsesource.json.JsonObject;
import com.providercredentials.core.ShapePart.Run;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * The ways an account is read out of an identifier, named in a spec ({@code account: {decoder: NAME}}): two
 * identifiers that decode to the same account are one account for rule SharedAccountSid.
 * <ul>
 *   <li>{@code aws-key-id}: the 12-digit AWS account inside a key id issued since 2019 ({@link AccountId#awsAccount});</li>
 *   <li>{@code jwt-claim:NAME}: the claim {@code NAME} of a JWT's payload (Supabase's project {@code ref});</li>
 *   <li>{@code part:NAME}: the run {@code NAME} of the identifier's shape (a Slack webhook's team);</li>
 *   <li>{@code segment:N}: the {@code N}-th run (from 1) of the identifier's shape, literals not counted.</li>
 * </ul>
 */
public final class AccountDecoders {

  /** The decoders a spec may name, with {@code :ARGUMENT} for those that take one. */
  public static final List<String> NAMES = List.of("aws-key-id", "jwt-claim:NAME", "part:NAME", "segment:N");

  private static final Map<String, Decoder> CACHE = new ConcurrentHashMap<>();

  private AccountDecoders() {
  }

  /** A decoder: the account of an identifier of a shape, when it carries one. */
  @FunctionalInterface
  interface Decoder {
    Optional<String> apply(Shape shape, String identifier);
  }

  /** The account a decoder reads from an identifier of the given shape; empty when it carries none (or no decoder). */
  public static Optional<String> decode(@Nullable String decoder, Shape shape, String identifier) {
    if (decoder == null) {
      return Optional.empty();
    }
    return CACHE.computeIfAbsent(decoder, AccountDecoders::named).apply(shape, identifier);
  }

  /**
   * Checks that a spec's decoder exists and fits the identifier's shape: a {@code part:} names one of its runs, a
   * {@code segment:} one that is there.
   */
  public static void validate(String decoder, Shape shape) {
    named(decoder);
    if (!decoder.startsWith("part:") && !decoder.startsWith("segment:")) {
      return;
    }
    String argument = argument(decoder);
    List<Run> runs = shape.parts().stream().filter(Run.class::isInstance).map(Run.class::cast).toList();
    if (decoder.startsWith("part:") && runs.stream().noneMatch(r -> argument.equals(r.name()))) {
      throw new IllegalArgumentException("Decoder " + decoder + " names no run of the shape " + shape);
    }
    if (decoder.startsWith("segment:") && Integer.parseInt(argument) > runs.size()) {
      throw new IllegalArgumentException("Decoder " + decoder + ": the shape " + shape + " has " + runs.size() + " runs");
    }
  }

  static Decoder named(String decoder) {
    String argument = argument(decoder);
    if (decoder.equals("aws-key-id")) {
      return (shape, identifier) -> AccountId.awsAccount(identifier);
    }
    if (decoder.startsWith("jwt-claim:") && !argument.isEmpty()) {
      return (shape, identifier) -> jwtClaim(identifier, argument);
    }
    if (decoder.startsWith("part:") && !argument.isEmpty()) {
      return (shape, identifier) -> shape.token(identifier).flatMap(t -> t.part(argument));
    }
    if (decoder.startsWith("segment:") && !argument.isEmpty() && argument.length() <= 3 && argument.charAt(0) != '0'
      && argument.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int n = Integer.parseInt(argument);
      return (shape, identifier) -> shape.token(identifier).flatMap(t -> t.run(n));
    }
    throw new IllegalArgumentException("Unknown account decoder '" + decoder + "', expected one of " + NAMES);
  }

  /** The claim of a JWT ({@code header.payload.signature}, or the payload alone) as text. */
  static Optional<String> jwtClaim(String jwt, String claim) {
    int first = jwt.indexOf('.');
    int second = first < 0 ? -1 : jwt.indexOf('.', first + 1);
    String payload = first < 0 ? jwt : second < 0 ? jwt.substring(first + 1) : jwt.substring(first + 1, second);
    Optional<JsonObject> object = Payload.decodeObject(payload);
    return object.flatMap(o -> Payload.memberText(o, claim));
  }

  private static String argument(String decoder) {
    int colon = decoder.indexOf(':');
    return colon < 0 ? "" : decoder.substring(colon + 1);
  }
}
