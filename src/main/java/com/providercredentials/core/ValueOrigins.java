package com.providercredentials.core;

import java.util.Locale;
import java.util.Set;

/**
 * Where the value a call returns comes from, as far as its name tells: front-ends of every language ask here,
 * so that {@code metaData.getString(..)}, {@code Base64.decode(..)} or a {@code native}/{@code external} method
 * are named the same way in every language (rule ClientSideAccountCredentials explains its issues with it).
 */
public final class ValueOrigins {

  private static final Set<String> DECODING = Set.of("decode", "xor", "deobfuscate", "unobfuscate", "descramble", "unscramble", "unmask", "decrypt");

  private ValueOrigins() {
  }

  /**
   * @param receiver     how the receiver of the call is written ({@code applicationInfo.metaData}, {@code Base64}), or ""
   * @param method       the method name
   * @param nativeMethod whether the method is declared {@code native} (Java) or {@code external} (Kotlin)
   */
  public static Expr.Origin of(String receiver, String method, boolean nativeMethod) {
    if (nativeMethod) {
      return Expr.Origin.NATIVE;
    }
    if (Words.of(method).stream().anyMatch(DECODING::contains)) {
      return Expr.Origin.DECODED;
    }
    String lowerReceiver = receiver.toLowerCase(Locale.ROOT);
    if (lowerReceiver.endsWith("metadata") && method.startsWith("get")) {
      return Expr.Origin.META_DATA;
    }
    return Expr.Origin.OTHER;
  }
}
