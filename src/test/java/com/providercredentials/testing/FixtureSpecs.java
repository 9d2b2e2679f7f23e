package com.providercredentials.testing;

import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The provider fixture: Acme, a fictional provider that exists only as data in src/test/resources/providers-fixture/,
 * its spec ({@code acme.yaml}, loaded through {@link SpecLoader} as the built-in ones are) and the fragments of its rule
 * description ({@code rules-metadata/providers/acme/}), for tests of the core, of every front-end and of the build.
 */
public final class FixtureSpecs {

  public static final String ACME = "providers-fixture/acme.yaml";
  /** The fixture folder in the source tree: the spec, and {@code rules-metadata/} as rules-metadata/ is laid out. */
  public static final Path FOLDER = Path.of("src/test/resources/providers-fixture");

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
