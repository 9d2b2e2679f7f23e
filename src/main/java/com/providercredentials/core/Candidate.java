package com.providercredentials.core;

import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.ProviderSpec.SecretKind;
import javax.annotation.Nullable;

/**
 * A secret found with its evidence, ready to report: the occurrence it is written in, the secret itself (never shown,
 * only masked), its kind, why it is one, and the identifier that goes with it if any.
 */
record Candidate(Occurrence occurrence, String secret, SecretKind kind, Evidence evidence, @Nullable IdentifierHit pair) {

  /** Values longer than this are not credentials (but identifiers may still be found inside them). */
  static final int MAX_SECRET_LENGTH = 4096;

  /** The secret masked: a candidate may end up in a test's or a debugger's output, never its value. */
  @Override
  public String toString() {
    return kind.kind() + " " + Masking.secret(secret) + " at " + occurrence.range + " (" + evidence + (pair == null ? "" : ", with " + pair) + ")";
  }
}
