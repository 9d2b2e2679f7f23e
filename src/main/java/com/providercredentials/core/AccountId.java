package com.providercredentials.core;

import com.providercredentials.core.Detector.IdentifierFound;
import java.util.Optional;

/**
 * The provider account (or key) an identifier stands for: what rule SharedAccountSid compares across the
 * applications of a repository and across projects. Usually the identifier itself (a Twilio Account SID);
 * for AWS key ids issued since 2019, the 12-digit account they belong to, read offline from the key id, so
 * that two different keys of one account count as one account.
 *
 * <p>{@code value} is raw: it is only ever fingerprinted ({@link Fingerprints}); {@link #masked()} is the
 * form that messages and web responses show.
 */
public record AccountId(ProviderSpec provider, String kind, String label, String value, String masked) {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  public static AccountId of(IdentifierFound found) {
    return of(found.provider(), found.kind(), found.value());
  }

  public static AccountId of(ProviderSpec provider, ProviderSpec.IdentifierKind kind, String identifier) {
    String masked = Masking.identifier(identifier, kind.shape());
    // the decoder the spec names (AccountDecoders): an AWS key id's account, a JWT's claim, a part of the identifier
    Optional<String> account = AccountDecoders.decode(kind.accountDecoder(), kind.shape(), identifier);
    if (account.isPresent()) {
      return new AccountId(provider, "account", "account", account.get(), Masking.secret(account.get()) + ", key " + masked);
    }
    return new AccountId(provider, kind.kind(), kind.label(), identifier, masked);
  }

  /** The key of this account for fingerprinting: provider, kind and value. */
  public String key() {
    return provider.id() + "|" + kind + "|" + value;
  }

  /**
   * The account id encoded in an AWS key id ({@code AKIA} + 16 Base32 characters): bits 1–40 of the body,
   * when its first bit is set (key ids issued since 2019); older key ids carry no account.
   */
  static Optional<String> awsAccount(String keyId) {
    if (keyId.length() != 20 || !keyId.substring(4).chars().allMatch(c -> BASE32.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    long bits = 0;
    // the first 10 characters hold the first 50 bits; the account sits in the first 48
    for (int i = 4; i < 14; i++) {
      int digit = BASE32.indexOf(keyId.charAt(i));
      if (digit < 0) {
        return Optional.empty();
      }
      bits = (bits << 5) | digit;
    }
    long first48 = bits >>> 2;
    if ((first48 & (1L << 47)) == 0) {
      return Optional.empty();
    }
    long account = (first48 & 0x7fffffffff80L) >>> 7;
    return Optional.of(String.format("%012d", account));
  }
}
