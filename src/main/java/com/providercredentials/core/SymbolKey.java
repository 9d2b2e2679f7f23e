package com.providercredentials.core;

import java.util.List;

/**
 * How the front-ends spell the keys of {@link Binding#keys()} and {@link Expr.Ref#keys()}, so that a value declared by
 * one front-end and used by another meet. The core treats keys as opaque strings: only the front-ends need to agree,
 * and they agree here. The lists are ordered most precise first (this module's, then any module's).
 */
public final class SymbolKey {

  private SymbolKey() {
  }

  /** {@code BuildConfig.NAME}: a field the Android build generates from {@code buildConfigField}. */
  public static List<String> buildConfig(String module, String name) {
    return moduleFirst(module, "BuildConfig." + name);
  }

  /** {@code R.type.name}: a resource of res/values or of {@code resValue}. */
  public static List<String> resource(String module, String type, String name) {
    return moduleFirst(module, "R." + type + "." + name);
  }

  /** {@code ${key}} in the manifest: a placeholder of {@code manifestPlaceholders}. */
  public static List<String> placeholder(String module, String key) {
    return moduleFirst(module, "manifestPlaceholders." + key);
  }

  /** A name of a file's scope: a local of a function or method ({@code scope}), or of the file itself ({@code ""}). */
  public static String local(String file, String scope, String name) {
    return file + "#" + scope + "#" + name;
  }

  /** A local variable by where it is declared, for when its symbol is known. */
  public static String declaredAt(String file, int line, int column) {
    return file + "#" + line + ":" + column;
  }

  /**
   * A name written in text that no parser read, a comment or a file the parser rejected ({@code // static final String
   * TOKEN = "…";}): resolved only by names of such text in the same file ({@code // Twilio.init(SID, TOKEN);}), never by
   * code, whose keys are of other forms.
   */
  public static String inText(String file, String name) {
    return file + "#text#" + name;
  }

  /** A variable of a build script. */
  public static String script(String file, String name) {
    return file + "#" + name;
  }

  /** A Gradle property or extra property ({@code gradle.properties}, {@code ext}, {@code extra}). */
  public static String gradleProperty(String name) {
    return "gradle:" + name;
  }

  /**
   * An entry of a properties file that is not Gradle's own ({@code secrets.properties}, {@code apikey.properties}), which
   * a build script may load and read ({@code props['NAME']}, {@code props.getProperty('NAME')}).
   */
  public static String propertiesEntry(String name) {
    return "properties:" + name;
  }

  /** A member of a type or object: {@code com.example.Secrets.TOKEN}, {@code Secrets.TOKEN}. */
  public static String member(String owner, String name) {
    return owner + "." + name;
  }

  private static List<String> moduleFirst(String module, String key) {
    return List.of(module + "#" + key, key);
  }
}
