package com.providercredentials.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints of accounts: the only form in which an identifier is stored on the server or
 * exchanged with it. HMAC-SHA256 of the account key, truncated to 128 bits. Without the key, a fingerprint
 * cannot be matched against a list of known identifiers; a server that sets its own secret key
 * ({@code sonar.credentials.fingerprintKey.secured}) makes its fingerprints useless anywhere else.
 */
public final class Fingerprints {

  /** Used when the server sets no key of its own: fingerprints still never reveal an identifier. */
  public static final String DEFAULT_KEY = "provider-credentials/shared-accounts/v1";

  private final SecretKeySpec key;

  public Fingerprints(String key) {
    this.key = new SecretKeySpec(("provider-credentials:" + key).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public String of(AccountId account) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(account.key().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether a string has the form of a fingerprint (32 lower-case hex characters). */
  public static boolean isFingerprint(String value) {
    return value.length() == 32 && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}
