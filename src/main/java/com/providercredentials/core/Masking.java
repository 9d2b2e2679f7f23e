package com.providercredentials.core;

/**
 * The only forms in which a credential may appear in a message, a log line or a web response: a secret
 * shows at most its last four characters, an identifier its prefix and its last four.
 */
public final class Masking {

  private static final int TAIL = 4;

  private Masking() {
  }

  /** {@code …a7c1}; a value of eight characters or fewer shows nothing but the ellipsis. */
  public static String secret(String value) {
    if (value.length() <= 2 * TAIL) {
      return "…";
    }
    return "…" + value.substring(value.length() - TAIL);
  }

  /** {@code AC…9f3e} for an identifier with a known prefix; {@code …9f3e} otherwise. */
  public static String identifier(String value, Shape shape) {
    String body = shape.body(value);
    String prefix = value.substring(0, value.length() - body.length());
    return prefix + secret(body);
  }
}
