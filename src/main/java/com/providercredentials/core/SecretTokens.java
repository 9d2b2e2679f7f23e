package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Where a secret's shape is in a value, as {@link Token}s: the whole value, else, for a shape that starts with a literal
 * (a URL's scheme and host, {@code sk_live_}), the tokens inside a longer text, as identifiers are searched. What is
 * reported is {@link Token#secret()}; a run named {@code identifier} is the identifier the secret goes with, of the
 * spec's identifier kind whose shape it has.
 */
final class SecretTokens {

  private SecretTokens() {
  }

  /**
   * The tokens of the shape in the value: the whole value (up to {@code maxWhole} characters) when it matches, else those
   * found inside its first {@code maxSearched} characters when the shape starts with a literal; in the order written.
   */
  static List<Token> in(Shape shape, String value, int maxWhole, int maxSearched) {
    return in(shape, value, AuthSchemes.credential(value), maxWhole, maxSearched);
  }

  /** {@link #in(Shape, String, int, int)} with the value's {@link AuthSchemes#credential} found once by the caller. */
  static List<Token> in(Shape shape, String value, @Nullable String credential, int maxWhole, int maxSearched) {
    if (value.length() <= maxWhole) {
      Token whole = shape.token(value).orElse(null);
      if (whole == null && credential != null) {
        // an authorization value (Bearer KEY…, AccessKey k, key=k): the credential is what follows the scheme
        whole = shape.token(credential).orElse(null);
      }
      if (whole != null) {
        return List.of(whole);
      }
    }
    if (shape.prefixes().isEmpty()) {
      // a bare run inside a text is evidence of nothing: only shapes with a leading literal are searched
      return List.of();
    }
    String text = value.length() > maxSearched ? value.substring(0, maxSearched) : value;
    List<Token> tokens = new ArrayList<>(1);
    for (Shape.Match match : shape.find(text)) {
      shape.token(match.text()).ifPresent(tokens::add);
    }
    return tokens;
  }

  /** Whether the shape has a run of this name ({@link Token#SECRET}, {@link Token#IDENTIFIER}). */
  static boolean names(Shape shape, String name) {
    for (ShapePart part : shape.parts()) {
      if (part instanceof ShapePart.Run run && name.equals(run.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The identifier kind of the spec that a token's identifier part has the shape of: one the secret pairs with first,
   * else any of the spec's; null when the token has no identifier part, or a part of no known shape.
   */
  @Nullable
  static IdentifierKind identifierKind(ProviderSpec spec, SecretKind kind, Token token) {
    String identifier = token.identifier().orElse(null);
    if (identifier == null) {
      return null;
    }
    IdentifierKind any = null;
    for (IdentifierKind idKind : spec.identifiers()) {
      if (idKind.shape().matches(identifier)) {
        if (kind.pairsWith().contains(idKind.kind())) {
          return idKind;
        }
        any = any == null ? idKind : any;
      }
    }
    return any;
  }
}
