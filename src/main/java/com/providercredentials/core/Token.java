package com.providercredentials.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value a composite {@link Shape} matched, cut into its parts: what the Detector reports ({@link #secret()}),
 * what an account decoder reads ({@link #part(String)}), what the checks verify.
 */
public final class Token {

  /** The names with a meaning to the Detector: the part that is the credential, and the part that identifies it. */
  public static final String SECRET = "secret";
  public static final String IDENTIFIER = "identifier";

  private final String text;
  private final List<ShapePart> parts;
  private final int[] bounds;

  /** {@code bounds[i]} is where part {@code i} starts in {@code text}, {@code bounds[parts.size()]} its length. */
  Token(String text, List<ShapePart> parts, int[] bounds) {
    this.text = text;
    this.parts = parts;
    this.bounds = bounds.clone();
  }

  /** The whole token. */
  public String text() {
    return text;
  }

  /** The text of the part at {@code index} (literals included). */
  public String part(int index) {
    return text.substring(bounds[index], bounds[index + 1]);
  }

  public int start(int index) {
    return bounds[index];
  }

  public int end(int index) {
    return bounds[index + 1];
  }

  /** The text of the run named {@code name}. */
  public Optional<String> part(String name) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof ShapePart.Run run && name.equals(run.name())) {
        return Optional.of(part(i));
      }
    }
    return Optional.empty();
  }

  /** The text of the {@code n}-th run (from 1), literals not counted. */
  public Optional<String> run(int n) {
    int seen = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof ShapePart.Run && ++seen == n) {
        return Optional.of(part(i));
      }
    }
    return Optional.empty();
  }

  /** The credential: the run named {@code secret} (in a URL), else the whole token. */
  public String secret() {
    return part(SECRET).orElse(text);
  }

  /** The run named {@code identifier}, when the token carries the identifier its secret pairs with. */
  public Optional<String> identifier() {
    return part(IDENTIFIER);
  }

  /** The runs {@link Plausibility} judges: those marked random, that no check derives from another part. */
  List<Shape.Judged> judged(List<String> derived) {
    List<Shape.Judged> judged = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof ShapePart.Run run && run.random() && (run.name() == null || !derived.contains(run.name()))) {
        judged.add(new Shape.Judged(part(i), run.alphabet()));
      }
    }
    return judged;
  }

  @Override
  public String toString() {
    // a token holds a credential: only its cut shows
    StringBuilder out = new StringBuilder("Token[");
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : ",").append(bounds[i + 1] - bounds[i]);
    }
    return out.append(']').toString();
  }
}
