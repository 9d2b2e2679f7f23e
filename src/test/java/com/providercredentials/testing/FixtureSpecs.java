package com.providercredentials.testing;

import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test-only provider specs (src/test/resources/providers-fixture/), loaded through {@link SpecLoader} as the built-in
 * ones are: a provider that exists only as data, for tests of every front-end.
 */
public final class FixtureSpecs {

  public static final String ACME = "providers-fixture/acme.yaml";

  private FixtureSpecs() {
  }

  /** The YAML text of a fixture spec. */
  public static String yaml(String resource) {
    try (InputStream in = FixtureSpecs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture spec " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Acme, a fictional provider: a multi-segment secret with a checksum, a paired identifier, a URL with a secret part. */
  public static ProviderSpec acme() {
    return SpecLoader.parse(ACME, yaml(ACME));
  }
}
