package com.providercredentials.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * A server credential that a build script takes from outside the project and writes into the app (docs/adr/028):
 * {@code buildConfigField "String", "TWILIO_AUTH_TOKEN", "\"${System.getenv('TWILIO_AUTH_TOKEN')}\""}. Moving a token out
 * of the code into a CI secret leaves the source clean and the APK as leaky as before, so the line that injects it is
 * reported (rule ClientSideAccountCredentials) even when no build output says what the value was.
 *
 * <p>Only names that say a provider's <em>server</em> credential are reported: the names of one of the provider's secret
 * kinds, with a word that only secrets carry ({@code secret}, {@code auth}, {@code private}...) and none that public
 * keys carry ({@code publishable}, {@code anon}, {@code id}...): {@code STRIPE_KEY} may be a publishable key, and
 * stays silent.
 */
public final class InjectedCredentials {

  /** Words that only a secret's name carries. */
  static final Set<String> SECRET_WORDS = Set.of("secret", "secrets", "private", "password", "passwd", "auth", "restricted", "signing",
    "admin", "service", "server", "master", "webhook");
  /**
   * Words that the names of public-by-design keys and of identifiers carry ({@code STRIPE_PUBLISHABLE_KEY},
   * {@code SUPABASE_ANON_KEY}, {@code PAYPAL_CLIENT_ID}); not {@code client} or {@code app}, which secrets' names carry
   * too ({@code PAYPAL_CLIENT_SECRET}, {@code PUSHER_APP_SECRET}).
   */
  static final Set<String> PUBLIC_WORDS = Set.of("public", "publishable", "pk", "anon", "sdk", "site", "search", "dsn", "tokenization",
    "maps", "map", "places", "geo", "browser", "frontend", "ios", "android", "mobile", "id", "ids", "sid");

  /** The variable or property a reader names: {@code System.getenv("NAME")}, {@code findProperty('NAME')}. */
  private static final Pattern READ_NAME = Pattern.compile("\\(\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");

  private final List<ProviderSpec> specs;

  public InjectedCredentials(List<ProviderSpec> specs) {
    this.specs = List.copyOf(specs);
  }

  /** The lines of build scripts that write a server credential from outside the project into the app. */
  public List<Finding> find(Collection<SourceUnit> units) {
    List<Finding> findings = new ArrayList<>();
    for (SourceUnit unit : units) {
      if (unit.inComments() || !isBuildScript(unit.file())) {
        continue;
      }
      for (Binding binding : unit.bindings()) {
        String target = target(unit, binding);
        Expr.Opaque read = target == null ? null : environmentRead(binding.value());
        if (read != null) {
          Finding finding = finding(binding, target, read);
          if (finding != null) {
            findings.add(finding);
          }
        }
      }
    }
    return findings;
  }

  private static boolean isBuildScript(String fileId) {
    return fileId.endsWith("/build.gradle") || fileId.endsWith("/build.gradle.kts");
  }

  /** What the app gets: {@code BuildConfig.NAME}, {@code @string/name}, {@code ${key}} in the manifest; null otherwise. */
  @Nullable
  private static String target(SourceUnit unit, Binding binding) {
    if (binding.names().size() != 1 || binding.context().size() != 1) {
      return null;
    }
    String name = binding.names().get(0);
    return switch (binding.context().get(0)) {
      case "BuildConfig" -> binding.keys().equals(SymbolKey.buildConfig(unit.module(), name)) ? "BuildConfig." + name : null;
      case "resValue" -> binding.keys().equals(SymbolKey.resource(unit.module(), "string", name)) ? "the resource @string/" + name : null;
      case "manifestPlaceholders" -> binding.keys().equals(SymbolKey.placeholder(unit.module(), name)) ? "the manifest placeholder ${" + name + "}" : null;
      default -> null;
    };
  }

  /** The environment read the value is, or holds ({@code "\"${System.getenv('X')}\""}); null for anything else. */
  @Nullable
  private static Expr.Opaque environmentRead(Expr value) {
    if (value instanceof Expr.Opaque opaque && GradleDsl.readsEnvironment(opaque.display())) {
      return opaque;
    }
    if (value instanceof Expr.Concat concat) {
      for (Expr part : concat.parts()) {
        Expr.Opaque read = environmentRead(part);
        if (read != null) {
          return read;
        }
      }
    }
    return null;
  }

  @Nullable
  private Finding finding(Binding binding, String target, Expr.Opaque read) {
    Matcher variable = READ_NAME.matcher(read.display());
    String variableName = variable.find() ? variable.group(1) : null;
    List<String> names = new ArrayList<>(binding.names());
    if (variableName != null) {
      names.add(variableName);
    }
    Set<String> words = Words.ofAll(names);
    if (words.stream().noneMatch(SECRET_WORDS::contains) || words.stream().anyMatch(PUBLIC_WORDS::contains)) {
      return null;
    }
    for (ProviderSpec spec : specs) {
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        if (saysKind(spec, kind, names)) {
          boolean environment = read.display().contains("getenv") || read.display().contains("environmentVariable");
          String source = variableName == null ? "a value from outside the project"
            : (environment ? "the environment variable " : "the system property ") + variableName;
          String message = "This build writes " + source + " into the app as " + target + ", where anyone can extract this " + spec.name() + " "
            + kind.label() + "; keep it on your backend.";
          return new Finding(spec, kind.kind(), kind.label(), read.range(), "", message, Finding.Evidence.CLIENT_SIDE, List.of(), true,
            ClientSideCheck.RULE, ClientSideCheck.context(spec, true, Set.of()), List.of());
        }
      }
    }
    return null;
  }

  /** Whether one of the names, on its own, says a secret of that kind. */
  private static boolean saysKind(ProviderSpec spec, ProviderSpec.SecretKind kind, List<String> names) {
    for (String name : names) {
      if (EvidenceRules.namesSay(spec, kind, Words.ofAll(List.of(name)), Set.of())) {
        return true;
      }
    }
    return false;
  }
}
