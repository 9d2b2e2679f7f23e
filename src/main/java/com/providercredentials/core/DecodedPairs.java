package com.providercredentials.core;

import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.List;
import javax.annotation.Nullable;

/**
 * An identifier and its secret written together, {@code ID:SECRET} plain or in Base64 (read by {@link PairDecoder}): the
 * strongest evidence. The secret is reported where it is written: in the value, or in the literal of a concatenation's
 * part ({@code "$sid:$token"} joins constants).
 */
final class DecodedPairs {

  private final Plausibility plausibility;

  DecodedPairs(Plausibility plausibility) {
    this.plausibility = plausibility;
  }

  /**
   * The first pair of the occurrence whose identifier and secret are plausible ones of the spec, as a candidate; null
   * when there is none. A secret found in a part of a concatenation gets the concatenation as a place it travels through.
   */
  @Nullable
  Candidate find(ProviderSpec spec, Occurrence occurrence) {
    return find(spec, occurrence, pairsOf(occurrence));
  }

  /** The pairs an occurrence's value may be: what {@link #find} reads, the same for every spec (decoded once). */
  static List<PairDecoder.Pair> pairsOf(Occurrence occurrence) {
    return occurrence.value.length() > Candidate.MAX_SECRET_LENGTH ? List.of() : occurrence.pairs();
  }

  /** {@link #find(ProviderSpec, Occurrence)} with the occurrence's {@link #pairsOf pairs}. */
  @Nullable
  Candidate find(ProviderSpec spec, Occurrence occurrence, List<PairDecoder.Pair> pairs) {
    for (PairDecoder.Pair pair : pairs) {
      for (IdentifierKind idKind : spec.identifiers()) {
        if (!idKind.shape().matches(pair.identifier()) || !plausibility.plausible(pair.identifier(), idKind.shape(), spec.placeholders())) {
          continue;
        }
        for (SecretKind kind : spec.secrets()) {
          Token token = kind.pairsWith().contains(idKind.kind()) ? kind.shape().token(pair.secret()).orElse(null) : null;
          if (token != null && plausibility.plausible(pair.secret(), kind.shape(), spec.placeholders())) {
            return candidate(spec, occurrence, pair, idKind, kind, token.secret());
          }
        }
      }
    }
    return null;
  }

  /** The candidate of a pair; {@code secret} is its secret's {@link Token#secret()}, what is reported. */
  private static Candidate candidate(ProviderSpec spec, Occurrence occurrence, PairDecoder.Pair pair, IdentifierKind idKind, SecretKind kind,
    String secret) {
    IdentifierHit id = new IdentifierHit(spec, idKind, pair.identifier(), occurrence);
    Occurrence secretPart = pair.encoded() ? null : partHolding(occurrence, pair.secret());
    if (secretPart == null) {
      return new Candidate(occurrence, secret, kind, Evidence.DECODED, id);
    }
    // "$sid:$token" joins constants: the secret is written in the token's literal
    secretPart.vias.add(new Secondary(occurrence.range, Reporter.joinedMessage(idKind)));
    Occurrence idPart = partHolding(occurrence, pair.identifier());
    return new Candidate(secretPart, secret, kind, Evidence.DECODED,
      idPart == null ? id : new IdentifierHit(spec, idKind, pair.identifier(), idPart));
  }

  /** The part of a concatenation that is this value alone (but for spaces), or null. */
  @Nullable
  static Occurrence partHolding(Occurrence concatenation, String value) {
    for (Occurrence part : concatenation.parts) {
      if (part.value.strip().equals(value) && !part.range.equals(concatenation.range)) {
        return part;
      }
    }
    return null;
  }
}
