package com.providercredentials.core;

import com.providercredentials.core.ShapePart.Literal;
import com.providercredentials.core.ShapePart.Run;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Synthetic values of a shape, random: never a real credential. */
final class ShapeSamples {

  private static final String[] ALPHABET_CHARS = new String[Shape.Alphabet.values().length];

  static {
    for (Shape.Alphabet alphabet : Shape.Alphabet.values()) {
      StringBuilder chars = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        if (alphabet.contains(c)) {
          chars.append(c);
        }
      }
      ALPHABET_CHARS[alphabet.ordinal()] = chars.toString();
    }
  }

  private ShapeSamples() {
  }

  static String chars(Shape.Alphabet alphabet) {
    return ALPHABET_CHARS[alphabet.ordinal()];
  }

  static String random(Random random, Shape.Alphabet alphabet, int length) {
    String chars = chars(alphabet);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }

  static String base64Url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A GitHub-style token: prefix, 30 random Base62 characters, their CRC32 in Base62. */
  static String gitHubToken(String prefix, String random) {
    return prefix + random + Checksum.compute(Checksum.Algorithm.CRC32_BASE62, random, 6);
  }

  /**
   * A value of the shape's parts (each literal one of its alternatives, each run random within its bounds), its
   * checksums made to hold; payloads are not: a caller keeps the values that {@link Shape#matches}.
   */
  static String candidate(Shape shape, Random random) {
    List<ShapePart> parts = shape.parts();
    List<String> texts = new ArrayList<>();
    for (ShapePart part : parts) {
      if (part instanceof Literal literal) {
        texts.add(literal.alternatives().get(random.nextInt(literal.alternatives().size())));
      } else {
        Run run = (Run) part;
        texts.add(random(random, run.alphabet(), run.min() + random.nextInt(Math.min(run.max(), run.min() + 40) - run.min() + 1)));
      }
    }
    // checksums made to hold
    for (TokenCheck check : shape.checks()) {
      if (check instanceof Checksum checksum) {
        int of = runNamed(parts, checksum.of());
        int in = runNamed(parts, checksum.in());
        texts.set(in, Checksum.compute(checksum.algorithm(), texts.get(of), texts.get(in).length()));
      }
    }
    return String.join("", texts);
  }

  private static int runNamed(List<ShapePart> parts, String name) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Run run && name.equals(run.name())) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
