package com.providercredentials.core;

import java.util.Locale;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The credential of an authorization value written whole, its scheme before it: {@code Bearer KEY…},
 * {@code AccessKey live_…}, {@code Key os_…}, {@code token abc…}, {@code key=AAAA…}. A name that vouches for the value
 * vouches for the credential in it ({@code TELNYX_AUTHORIZATION = "Bearer KEY…"}). {@code Basic} is not among them:
 * its credential is Base64 of an identifier and a secret, which {@link DecodedPairs} reads.
 */
final class AuthSchemes {

  /** Schemes written before a space, lower case. */
  private static final Set<String> SCHEMES = Set.of("bearer", "token", "accesskey", "key", "apikey", "api-key", "bot", "sso-key");
  /** Parameter names written before an equals sign, lower case. */
  private static final Set<String> PARAMETERS = Set.of("key", "token", "apikey", "api_key", "access_token", "auth_token");
  /** The longest scheme or parameter name, and its separator. */
  private static final int MAX_SCHEME = 13;

  private AuthSchemes() {
  }

  /** What follows the scheme, when the value is one scheme then one word with no space; else null. */
  @Nullable
  static String credential(String value) {
    int end = Math.min(value.length(), MAX_SCHEME + 1);
    for (int i = 1; i < end; i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '=') {
        String scheme = value.substring(0, i).toLowerCase(Locale.ROOT);
        String rest = value.substring(i + 1).strip();
        boolean known = c == ' ' ? SCHEMES.contains(scheme) : PARAMETERS.contains(scheme);
        return known && !rest.isEmpty() && rest.indexOf(' ') < 0 ? rest : null;
      }
    }
    return null;
  }
}
