package com.providercredentials.core;

import java.util.List;
import javax.annotation.Nullable;

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
  boolean android,
  String rule,
  @Nullable String context,
  List<String> alsoReportedBy) {

  public Finding {
    secondaries = List.copyOf(secondaries);
    alsoReportedBy = List.copyOf(alsoReportedBy);
  }

  /** A finding of the provider's own rule, with no description context chosen yet. */
  public Finding(ProviderSpec provider, String kind, String kindLabel, SourceRange location, String masked, String message, Evidence evidence,
    List<Secondary> secondaries, boolean android) {
    this(provider, kind, kindLabel, location, masked, message, evidence, secondaries, android, provider.rule(), null, List.of());
  }

  /** The same finding, opening the "How to fix it in ..." context of this key (null: the rule's default). */
  public Finding withContext(@Nullable String key, boolean inAndroidCode) {
    return new Finding(provider, kind, kindLabel, location, masked, message, evidence, secondaries, inAndroidCode, rule, key, alsoReportedBy);
  }

  /**
   * The same finding, which these rules built into SonarQube also report, value and place alike, when they are active
   * (docs/adr/020): the analysis then leaves it to them.
   */
  public Finding alsoReportedBy(List<String> rules) {
    return new Finding(provider, kind, kindLabel, location, masked, message, evidence, secondaries, android, rule, context, rules);
  }

  /** The same finding with more places that help to understand it, after its own. */
  public Finding withMoreSecondaries(List<Secondary> more) {
    List<Secondary> all = new java.util.ArrayList<>(secondaries);
    all.addAll(more);
    return new Finding(provider, kind, kindLabel, location, masked, message, evidence, all, android, rule, context, alsoReportedBy);
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
    PAIR,
    /** Its shape alone names the provider: a {@code distinctive} shape ({@code sk_live_…}, {@code SG.….…}). */
    SHAPE,
    /** Android code signs in to the provider with account credentials, whatever their value (rule ClientSideAccountCredentials). */
    CLIENT_SIDE
  }

  /** A place that helps to understand the finding. */
  public record Secondary(SourceRange location, String message) {
  }
}
