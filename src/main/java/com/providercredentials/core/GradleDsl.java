package com.providercredentials.core;

import java.util.regex.Pattern;

/** What the Android Gradle DSL means, whichever dialect writes it (Groovy or Kotlin). */
public final class GradleDsl {

  private static final Pattern ANDROID_PLUGIN = Pattern.compile(
    "[\"']com\\.android\\.(?:application|library)[\"']|\\bplugins\\.android\\.(?:application|library)\\b|(?m)^\\s*android\\s*\\{");

  private GradleDsl() {
  }

  /**
   * Whether a build script makes its module an Android application or library: the Android Gradle plugin applied
   * ({@code id 'com.android.application'}, {@code apply plugin: 'com.android.library'},
   * {@code alias(libs.plugins.android.application)}) or configured ({@code android {}}); see docs/adr/008.
   */
  public static boolean appliesAndroidPlugin(String text) {
    return ANDROID_PLUGIN.matcher(text).find();
  }
}
