package com.providercredentials.core;

/**
 * A fact about a file that a rule needs and that only the front-end reading it can tell ({@link SourceUnit#trait}).
 */
public enum Trait {

  /** Application code for Android: a Java or Kotlin file that imports {@code android.*} or {@code androidx.*}. */
  ANDROID_CODE,

  /** A file that makes its module an Android one: the manifest, a build script applying the Android Gradle plugin. */
  ANDROID_MODULE
}
