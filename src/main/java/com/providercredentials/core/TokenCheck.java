package com.providercredentials.core;

import java.util.List;

/**
 * What a token must satisfy beyond its characters: a checksum ({@link Checksum}), a decoded payload
 * ({@link Payload}). A check refers to the runs of its shape by name.
 */
public sealed interface TokenCheck permits Checksum, Payload {

  /** Whether the token satisfies this check. */
  boolean holds(Token token);

  /** The names of the runs this check reads. */
  List<String> reads();

  /** The names of the runs that are not random: derived from another part (a checksum) or structured (a payload). */
  List<String> derived();
}
