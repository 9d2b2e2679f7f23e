package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.List;

/**
 * The pre-filter: whether a value can hold an identifier, a secret or an encoded pair at all. Each is a run of at least
 * {@link #minimumLength()} characters of its shapes' alphabets and prefixes (or of Base64), so a value without such a
 * run holds none. Most values (texts of Android string resources, messages) have none, and are not searched further.
 */
final class CredentialPrefilter {

  /** The characters an identifier, a secret or an encoded pair is written with (ASCII only). */
  private final boolean[] credentialChars = new boolean[128];
  private final int minimumLength;

  CredentialPrefilter(List<ProviderSpec> specs) {
    int min = Integer.MAX_VALUE;
    // Base64 (both alphabets, padded) for the encoded pairs PairDecoder reads
    for (char c = 0; c < credentialChars.length; c++) {
      credentialChars[c] |= Shape.Alphabet.BASE64_PADDED.contains(c);
    }
    credentialChars['-'] = true;
    credentialChars['_'] = true;
    for (ProviderSpec spec : specs) {
      for (IdentifierKind id : spec.identifiers()) {
        min = Math.min(min, id.shape().shortestToken());
        id.shape().markCharacters(credentialChars);
      }
      for (SecretKind secret : spec.secrets()) {
        min = Math.min(min, secret.shape().shortestToken());
        secret.shape().markCharacters(credentialChars);
      }
    }
    this.minimumLength = min == Integer.MAX_VALUE ? 1 : min;
  }

  /** The shortest run of credential characters that can hold an identifier or a secret (1 without specs). */
  int minimumLength() {
    return minimumLength;
  }

  /** Whether the value holds a run of at least {@link #minimumLength()} credential characters. */
  boolean mayHoldCredential(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < credentialChars.length && credentialChars[c]) {
        if (++run >= minimumLength) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }
}
