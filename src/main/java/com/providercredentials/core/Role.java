package com.providercredentials.core;

/**
 * What one parameter of a provider's API call takes, as the {@code roles} of a spec's call say: nothing of interest
 * ({@code -}), any identifier ({@code identifier}), any secret ({@code secret}), or a value of one named kind
 * ({@code account-sid}, {@code auth-token}).
 */
public sealed interface Role permits Role.Any, Role.Named {

  Role IGNORED = Any.IGNORED;
  Role ANY_IDENTIFIER = Any.IDENTIFIER;
  Role ANY_SECRET = Any.SECRET;

  /** The role a spec writes: {@code -}, {@code identifier}, {@code secret}, or else the name of a kind. */
  static Role parse(String text) {
    for (Any any : Any.values()) {
      if (any.text.equals(text)) {
        return any;
      }
    }
    return new Named(text);
  }

  /** Whether a value passed here is taken as a secret of this kind. */
  boolean takesSecret(String kind);

  /**
   * The roles of no particular kind: {@code -} (the parameter takes something else, a region, a URL),
   * {@code identifier} (an identifier of the provider, whichever kind), {@code secret} (a secret, whichever kind).
   */
  enum Any implements Role {
    IGNORED("-", false), IDENTIFIER("identifier", false), SECRET("secret", true);

    private final String text;
    private final boolean secret;

    Any(String text, boolean secret) {
      this.text = text;
      this.secret = secret;
    }

    @Override
    public boolean takesSecret(String kind) {
      return secret;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A kind's name: the parameter takes a value of that kind only (an identifier's or a secret's). */
  record Named(String kind) implements Role {
    @Override
    public boolean takesSecret(String secretKind) {
      return kind.equals(secretKind);
    }

    @Override
    public String toString() {
      return kind;
    }
  }
}
