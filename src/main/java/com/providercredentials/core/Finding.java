package com.providercredentials.core;

import java.util.List;

/**
 * A credential found in the project: which provider and kind, where the secret is written (the primary
 * location, always on the literal), the places that show why (the paired identifier, the call that takes
 * it), and a message that shows the secret masked.
 */
public record Finding(
  ProviderSpec provider,
  String kind,
  String kindLabel,
  SourceRange location,
  String masked,
  String message,
  Evidence evidence,
  List<Secondary> secondaries,
  boolean android) {

  public Finding {
    secondaries = List.copyOf(secondaries);
  }

  /** Why a value was taken for a credential, strongest first. */
  public enum Evidence {
    /** An identifier and the secret written together: {@code AC…:token}, {@code Basic base64(...)}. */
    DECODED,
    /** A provider's API call takes it as a secret. */
    CALL,
    /** Its names say what it is: {@code TWILIO_AUTH_TOKEN}. */
    NAME,
    /** Its provider's identifier is beside it, in the same call, file or module resources. */
    PAIR
  }

  /** A place that helps to understand the finding. */
  public record Secondary(SourceRange location, String message) {
  }
}
