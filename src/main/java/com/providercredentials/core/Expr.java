package com.providercredentials.core;

import java.util.List;

/**
 * What a front-end knows about an expression that may hold a credential: a literal, a reference to a
 * named value defined somewhere in the project, a concatenation, or a value whose content is not in
 * the source (a build-time field, a resource lookup, a native method...).
 */
public sealed interface Expr permits Expr.Literal, Expr.Ref, Expr.Concat, Expr.Opaque {

  SourceRange range();

  /** A string written in the source. {@code value} is the decoded text (escapes resolved). */
  record Literal(String value, SourceRange range) implements Expr {
  }

  /**
   * A use of a named value. {@code keys} are the names under which it may be declared, most precise
   * first (e.g. {@code com.example.Secrets.TOKEN}, then {@code Secrets.TOKEN}). {@code display} is how
   * the use reads in the source.
   */
  record Ref(List<String> keys, String display, SourceRange range) implements Expr {
    public Ref {
      keys = List.copyOf(keys);
    }
  }

  /** Parts joined at run time, e.g. {@code "AC" + SUFFIX} or a string template. */
  record Concat(List<Expr> parts, SourceRange range) implements Expr {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** A value that the source does not contain, with where it comes from. */
  record Opaque(Origin origin, String display, SourceRange range) implements Expr {
  }

  /** Where an opaque value comes from. */
  enum Origin {
    /** {@code BuildConfig.X}: written into the APK at build time. */
    BUILD_CONFIG,
    /** {@code getString(R.string.x)}, {@code @string/x}: an Android resource. */
    RESOURCE,
    /** Application meta-data from the manifest. */
    META_DATA,
    /** A decoded or de-obfuscated array ({@code Base64.decode}, XOR loops). */
    DECODED,
    /** A native ({@code native}/{@code external}) method. */
    NATIVE,
    /** Anything else: a parameter, a method result, a field set elsewhere. */
    OTHER
  }
}
