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

  /** How a build script reads what its environment gives it (a CI secret): see {@link #readsEnvironment}. */
  private static final List<String> ENVIRONMENT_READERS = List.of("System.getenv(", "System.getProperty(", "providers.environmentVariable(",
    "project.providers.environmentVariable(", "providers.systemProperty(", "project.providers.systemProperty(");

  private GradleDsl() {
  }

  /**
   * Whether code as written reads the build's environment: {@code System.getenv("NAME")},
   * {@code providers.environmentVariable("NAME").get()}, {@code System.getProperty("NAME")}. Such a value is opaque to
   * the analysis; the build output, when there is one, says what it was (docs/adr/028).
   */
  public static boolean readsEnvironment(String written) {
    String compact = written.replace(" ", "");
    return ENVIRONMENT_READERS.stream().anyMatch(compact::startsWith);
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
    return bind(unit, SymbolKey.buildConfig(unit.module(), name), name, "BuildConfig", BuildConfigValues.javaString(javaSource),
      "Compiled into BuildConfig." + name + " here");
  }

  /** {@code resValue "string", "name", "value"}: a generated resource, as if written in res/values. */
  public static boolean resValue(SourceUnit unit, String type, String name, @Nullable Expr value) {
    return bind(unit, SymbolKey.resource(unit.module(), type, name), name, "resValue", value, "Generated as the resource @" + type + "/" + name + " here");
  }

  /** {@code manifestPlaceholders = [key: "value"]} and its other spellings: a value written into the manifest. */
  public static boolean manifestPlaceholder(SourceUnit unit, String key, @Nullable Expr value) {
    return bind(unit, SymbolKey.placeholder(unit.module(), key), key, "manifestPlaceholders", value, "Written into the manifest placeholder ${" + key + "} here");
  }

  /** {@code ext.set("key", value)}, {@code extra["key"] = value}: an extra property, read as a Gradle property. */
  public static boolean extraProperty(SourceUnit unit, String block, String key, @Nullable Expr value) {
    return bind(unit, List.of(SymbolKey.gradleProperty(key)), key, block, value, null);
  }

  private static boolean bind(SourceUnit unit, List<String> keys, String name, String context, @Nullable Expr value, @Nullable String via) {
    if (value == null) {
      return false;
    }
    unit.add(new Binding(keys, List.of(name), List.of(context), value, via));
    return true;
  }
}
