package com.providercredentials.core;

import java.util.List;
import javax.annotation.Nullable;

/**
 * A call or constructor invocation with its arguments.
 *
 * @param owner     the fully qualified name of the type declaring the method when the front-end knows it
 *                  (resolved symbol or import), otherwise {@code null}
 * @param ownerName the simple name of that type as written ({@code Twilio}, {@code Builder}), or {@code null}
 *                  for an unqualified call
 * @param method    the method name; {@code <init>} for a constructor
 * @param arguments the arguments in source order
 * @param range     the call's location (its method name or {@code new} type), for secondary locations
 */
public record Call(@Nullable String owner, @Nullable String ownerName, String method, List<Argument> arguments, SourceRange range) {

  public static final String CONSTRUCTOR = "<init>";

  /**
   * Ends the written owner of a call made on a chain of calls whose type the front-end could not resolve: the chain's
   * root type as written, then this ({@code VonageClient.builder().apiKey(k)} is on {@code VonageClient…}). Such a call
   * is on the root type or on one nested in it (its builder).
   */
  public static final String CHAINED = "…";

  public Call {
    arguments = List.copyOf(arguments);
  }

  /** The written owner of a call on a chain rooted at this type as written. */
  public static String chainedFrom(String root) {
    return root + CHAINED;
  }

  /** How the call reads to a user, e.g. {@code Twilio.init} or {@code new BasicAWSCredentials}. */
  public String display() {
    if (CONSTRUCTOR.equals(method)) {
      return "new " + (ownerName != null ? ownerName : simpleName(owner));
    }
    String qualifier = ownerName != null ? ownerName : simpleName(owner);
    if (qualifier != null && qualifier.endsWith(CHAINED)) {
      return qualifier + method;
    }
    return qualifier == null ? method : (qualifier + "." + method);
  }

  @Nullable
  static String simpleName(@Nullable String fqn) {
    if (fqn == null) {
      return null;
    }
    int dot = fqn.lastIndexOf('.');
    return dot < 0 ? fqn : fqn.substring(dot + 1);
  }

  /** An argument; {@code name} is set for a named argument (Kotlin {@code password = ...}). */
  public record Argument(@Nullable String name, Expr value) {
    public static Argument of(Expr value) {
      return new Argument(null, value);
    }
  }
}
