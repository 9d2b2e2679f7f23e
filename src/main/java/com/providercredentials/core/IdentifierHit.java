package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.IdentifierKind;

/**
 * An identifier found in an occurrence; {@code order} is the order in which it was found (-1 for one only decoded from
 * an {@code ID:SECRET} pair, which is not indexed).
 */
record IdentifierHit(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence, int order) {

  IdentifierHit(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence) {
    this(spec, kind, value, occurrence, -1);
  }

  /** The identifier masked, as everywhere else. */
  @Override
  public String toString() {
    return spec.id() + ":" + kind.kind() + " " + Masking.identifier(value, kind.shape()) + " at " + occurrence.range;
  }
}
