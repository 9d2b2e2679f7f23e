package com.providercredentials.core;

import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * What the Android Gradle DSL means, whichever dialect writes it (Groovy or Kotlin): each front-end reads the
 * arguments its own way and hands them here as names and {@link Expr}s; a null value (an expression the front-end
 * cannot follow) adds nothing.
 */
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

  /** {@code buildConfigField "String", "NAME", '"value"'}: the value is Java source, quotes and escapes included. */
  public static boolean buildConfigField(SourceUnit unit, String name, @Nullable Expr javaSource) {
    Expr value = BuildConfigValues.javaString(javaSource);
    if (value == null) {
      return false;
    }
    unit.add(new Binding(SymbolKey.buildConfig(unit.module(), name), List.of(name), List.of("BuildConfig"), value,
      "Compiled into BuildConfig." + name + " here"));
    return true;
  }

  /** {@code resValue "string", "name", "value"}: a generated resource, as if written in res/values. */
  public static boolean resValue(SourceUnit unit, String type, String name, @Nullable Expr value) {
    if (value == null) {
      return false;
    }
    unit.add(new Binding(SymbolKey.resource(unit.module(), type, name), List.of(name), List.of("resValue"), value,
      "Generated as the resource @" + type + "/" + name + " here"));
    return true;
  }

  /** {@code manifestPlaceholders = [key: "value"]} and its other spellings: a value written into the manifest. */
  public static boolean manifestPlaceholder(SourceUnit unit, String key, @Nullable Expr value) {
    if (value == null) {
      return false;
    }
    unit.add(new Binding(SymbolKey.placeholder(unit.module(), key), List.of(key), List.of("manifestPlaceholders"), value,
      "Written into the manifest placeholder ${" + key + "} here"));
    return true;
  }

  /** {@code ext.set("key", value)}, {@code extra["key"] = value}: an extra property, read as a Gradle property. */
  public static boolean extraProperty(SourceUnit unit, String block, String key, @Nullable Expr value) {
    if (value == null) {
      return false;
    }
    unit.add(new Binding(List.of(SymbolKey.gradleProperty(key)), List.of(key), List.of(block), value));
    return true;
  }
}
