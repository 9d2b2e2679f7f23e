package com.providercredentials.core;

import java.util.List;
import javax.annotation.Nullable;

/**
 * The credential of an authorization value written whole, its scheme before it: {@code Bearer KEY…},
 * {@code AccessKey live_…}, {@code Key os_…}, {@code token abc…}, {@code key=AAAA…}. A name that vouches for the value
 * vouches for the credential in it ({@code TELNYX_AUTHORIZATION = "Bearer KEY…"}). {@code Basic} is not among them:
 * its credential is Base64 of an identifier and a secret, which {@link DecodedPairs} reads.
 */
final class AuthSchemes {

  /** Schemes written before a space. */
  private static final List<String> SCHEMES = List.of("bearer", "token", "accesskey", "key", "apikey", "api-key", "bot", "sso-key");
  /** Parameter names written before an equals sign. */
  private static final List<String> PARAMETERS = List.of("key", "token", "apikey", "api_key", "access_token", "auth_token");

  private AuthSchemes() {
  }

  /**
   * What follows the scheme, when the value is one scheme then one word with no space; else null. Called for every
   * value and kind: it allocates nothing unless the value is one.
   */
  @Nullable
  static String credential(String value) {
    String credential = after(value, SCHEMES, ' ');
    return credential != null ? credential : after(value, PARAMETERS, '=');
  }

  @Nullable
  private static String after(String value, List<String> schemes, char separator) {
    for (int s = 0; s < schemes.size(); s++) {
      String scheme = schemes.get(s);
      int length = scheme.length();
      if (value.length() > length + 1 && value.charAt(length) == separator && value.regionMatches(true, 0, scheme, 0, length)) {
        int start = length + 1;
        int end = value.length();
        while (start < end && value.charAt(start) == ' ') {
          start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
          end--;
        }
        if (start == end || value.indexOf(' ', start) >= 0 && value.indexOf(' ', start) < end) {
          return null;
        }
        return value.substring(start, end);
      }
    }
    return null;
  }
}
