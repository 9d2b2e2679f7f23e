package com.providercredentials.analysis;

import com.providercredentials.core.ClientSideCheck;
import com.providercredentials.core.Detector;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SpecLoader;
import java.util.List;
import java.util.stream.Stream;

/** The provider specs shipped with the plugin, and the rule keys they and the other rules define. */
public final class Providers {

  /** Rules that belong to no single provider spec. */
  public static final List<String> CROSS_PROVIDER_RULES = List.of("SharedAccountSid", ClientSideCheck.RULE);
  /** Rules whose issues are only on code (repositories credentials-java and credentials-kotlin). */
  public static final List<String> CODE_ONLY_RULES = List.of(ClientSideCheck.RULE);

  private static final List<ProviderSpec> SPECS;
  private static final Detector DETECTOR;
  private static final ClientSideCheck CLIENT_SIDE;
  /** When and how long the specs were read: once per scanner, wherever they are first needed (part of our cost, docs/benchmarks.md). */
  private static final long SETUP_START;
  private static final long SETUP_NANOS;
  /** The thread the specs were read on. */
  private static final String SETUP_THREAD;
  /** The thread that reads the specs ahead of the analysis' first need (docs/adr/030). */
  static final String AHEAD_THREAD = "provider-credentials-specs";

  static {
    SETUP_THREAD = Thread.currentThread().getName();
    long start = System.nanoTime();
    SETUP_START = start;
    SPECS = SpecLoader.builtIn();
    DETECTOR = new Detector(SPECS);
    CLIENT_SIDE = new ClientSideCheck(SPECS);
    SETUP_NANOS = System.nanoTime() - start;
  }

  private Providers() {
  }

  /** How long reading the specs took, if it started before {@code nanoTime} ({@link System#nanoTime()}); else 0. */
  public static long setupNanosBefore(long nanoTime) {
    return SETUP_START < nanoTime ? SETUP_NANOS : 0;
  }

  /** Whether the specs were read ahead, on a thread of their own: what that took is then in no one's time but its own. */
  public static boolean readAhead() {
    return AHEAD_THREAD.equals(SETUP_THREAD);
  }

  public static List<ProviderSpec> specs() {
    return SPECS;
  }

  /** Immutable and stateless between analyses: one instance serves them all. */
  public static Detector detector() {
    return DETECTOR;
  }

  /** Rule ClientSideAccountCredentials and the guidance contexts of every finding; stateless. */
  public static ClientSideCheck clientSide() {
    return CLIENT_SIDE;
  }

  /** The rule keys of a repository: every one, but the code-only rules only in the code repositories. */
  public static List<String> ruleKeys(String repository) {
    boolean code = Repositories.JAVA.equals(repository) || Repositories.KOTLIN.equals(repository);
    return ruleKeys().stream().filter(key -> code || !CODE_ONLY_RULES.contains(key)).toList();
  }

  /** Every rule key of the plugin, in a stable order: one per provider, then the cross-provider ones. */
  public static List<String> ruleKeys() {
    return Stream.concat(SPECS.stream().map(ProviderSpec::rule), CROSS_PROVIDER_RULES.stream()).toList();
  }
}
