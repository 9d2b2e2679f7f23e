package com.providercredentials.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Finds an identifier and its secret written together: {@code ID:SECRET} in a text or URL
 * ({@code https://ID:SECRET@host}), and the same encoded in Base64, with or without a {@code Basic } prefix,
 * as in an HTTP {@code Authorization} header.
 */
final class PairDecoder {

  /** Base64 of {@code ID:SECRET} for the credentials we know is far below this. */
  private static final int MAX_ENCODED = 512;

  private PairDecoder() {
  }

  /** A decoded identifier and secret, and whether they came out of Base64. */
  record Pair(String identifier, String secret, boolean encoded) {
  }

  static List<Pair> decode(String value) {
    List<Pair> pairs = new ArrayList<>();
    splitPairs(value, false, pairs);
    String text = value.strip();
    if (text.regionMatches(true, 0, "Basic ", 0, 6)) {
      text = text.substring(6).strip();
    }
    if (text.length() >= 8 && text.length() <= MAX_ENCODED && looksLikeBase64(text)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        splitPairs(decoded, true, pairs);
      } catch (IllegalArgumentException notBase64) {
        // not Base64 after all
      }
    }
    return pairs;
  }

  private static boolean looksLikeBase64(String text) {
    if (text.length() % 4 != 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every {@code ID:SECRET} in the text, where the identifier is a run of letters and digits and the secret
   * may also hold {@code +} and {@code /} (as AWS secret keys do); and, when they differ, the same with {@code _} and
   * {@code -} in both runs, the URL-safe Base64 alphabet of some providers' ids and secrets ({@code rzp_live_…}, PayPal's).
   */
  private static void splitPairs(String text, boolean encoded, List<Pair> pairs) {
    int colon = text.indexOf(':');
    while (colon > 0 && colon < text.length() - 1) {
      add(text, colon, false, encoded, pairs);
      add(text, colon, true, encoded, pairs);
      colon = text.indexOf(':', colon + 1);
    }
  }

  private static void add(String text, int colon, boolean urlSafe, boolean encoded, List<Pair> pairs) {
    int start = colon;
    while (start > 0 && isIdChar(text.charAt(start - 1), urlSafe)) {
      start--;
    }
    int end = colon + 1;
    while (end < text.length() && (isWordChar(text.charAt(end)) || (urlSafe && isUrlSafeExtra(text.charAt(end))))) {
      end++;
    }
    if (start < colon && end > colon + 1) {
      Pair pair = new Pair(text.substring(start, colon), text.substring(colon + 1, end), encoded);
      if (!pairs.contains(pair)) {
        pairs.add(pair);
      }
    }
  }

  private static boolean isIdChar(char c, boolean urlSafe) {
    return Character.isLetterOrDigit(c) || (urlSafe && isUrlSafeExtra(c));
  }

  private static boolean isUrlSafeExtra(char c) {
    return c == '_' || c == '-';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '/';
  }
}
