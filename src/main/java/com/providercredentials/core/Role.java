package com.providercredentials.core;

/**
 * What one parameter of a provider's API call takes, as the {@code roles} of a spec's call say: nothing of interest
 * ({@code -}), any identifier ({@code identifier}), any secret ({@code secret}), or a value of one named kind
 * ({@code account-sid}, {@code auth-token}).
 */
public sealed interface Role permits Role.Ignored, Role.AnyIdentifier, Role.AnySecret, Role.Named {

  Role IGNORED = new Ignored();
  Role ANY_IDENTIFIER = new AnyIdentifier();
  Role ANY_SECRET = new AnySecret();

  /** The role a spec writes: {@code -}, {@code identifier}, {@code secret}, or else the name of a kind. */
  static Role parse(String text) {
    return switch (text) {
      case "-" -> IGNORED;
      case "identifier" -> ANY_IDENTIFIER;
      case "secret" -> ANY_SECRET;
      default -> new Named(text);
    };
  }

  /** Whether a value passed here is taken as a secret of this kind. */
  boolean takesSecret(String kind);

  /** {@code -}: the parameter takes something else (a region, a URL). */
  record Ignored() implements Role {
    @Override
    public boolean takesSecret(String kind) {
      return false;
    }

    @Override
    public String toString() {
      return "-";
    }
  }

  /** {@code identifier}: the parameter takes an identifier of the provider, whichever kind. */
  record AnyIdentifier() implements Role {
    @Override
    public boolean takesSecret(String kind) {
      return false;
    }

    @Override
    public String toString() {
      return "identifier";
    }
  }

  /** {@code secret}: the parameter takes a secret of the provider, whichever kind. */
  record AnySecret() implements Role {
    @Override
    public boolean takesSecret(String kind) {
      return true;
    }

    @Override
    public String toString() {
      return "secret";
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
