package com.providercredentials.plugin;

import com.providercredentials.core.Detector;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SpecLoader;
import java.util.List;
import java.util.stream.Stream;

/** The provider specs shipped with the plugin, and the rule keys they and the other rules define. */
public final class Providers {

  /** Rules that belong to no single provider spec. */
  public static final List<String> CROSS_PROVIDER_RULES = List.of("SharedAccountSid");

  private static final List<ProviderSpec> SPECS = SpecLoader.builtIn();
  private static final Detector DETECTOR = new Detector(SPECS);

  private Providers() {
  }

  public static List<ProviderSpec> specs() {
    return SPECS;
  }

  /** Immutable and stateless between analyses: one instance serves them all. */
  public static Detector detector() {
    return DETECTOR;
  }

  /** Every rule key of the plugin, in a stable order: one per provider, then the cross-provider ones. */
  public static List<String> ruleKeys() {
    return Stream.concat(SPECS.stream().map(ProviderSpec::rule), CROSS_PROVIDER_RULES.stream()).toList();
  }
}
