package com.providercredentials.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A run that is the checksum of another: GitHub's tokens end with the CRC32 of their 30 random characters, in
 * Base62 ({@code 0-9A-Za-z}), left-padded with {@code 0} to 6 characters. A look-alike with a wrong checksum is no
 * token: this is the one offline check that tells a real token from a made-up one.
 */
public record Checksum(Algorithm algorithm, String of, String in) implements TokenCheck {

  /** The checksums tokens carry. */
  public enum Algorithm {
    /** CRC32 (IEEE) of the ASCII text, in Base62 {@code 0-9A-Za-z}, left-padded with {@code 0} to the run's length. */
    CRC32_BASE62;

    static Algorithm named(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String compute(String text, int length) {
      CRC32 crc = new CRC32();
      crc.update(text.getBytes(StandardCharsets.US_ASCII));
      return Base62.encode(crc.getValue(), length);
    }
  }

  @Override
  public boolean holds(Token token) {
    String checksum = token.part(in).orElse(null);
    String text = token.part(of).orElse(null);
    return checksum != null && text != null && algorithm.compute(text, checksum.length()).equals(checksum);
  }

  @Override
  public List<String> reads() {
    return List.of(of, in);
  }

  @Override
  public List<String> derived() {
    return List.of(in);
  }

  /** The checksum a text would carry: what tests and examples use to make a synthetic token. */
  public static String compute(Algorithm algorithm, String text, int length) {
    return algorithm.compute(text, length);
  }

  @Override
  public String toString() {
    return algorithm.name().toLowerCase(Locale.ROOT) + "(" + of + ")=" + in;
  }

  /** Base62 digits in GitHub's order: digits, upper case, lower case. */
  static final class Base62 {

    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Base62() {
    }

    static String encode(long value, int width) {
      char[] out = new char[width];
      long rest = value;
      for (int i = width - 1; i >= 0; i--) {
        out[i] = DIGITS.charAt((int) (rest % 62));
        rest /= 62;
      }
      // a value too large for the width keeps its low digits: a checksum run is as wide as the provider says
      return new String(out);
    }
  }
}
