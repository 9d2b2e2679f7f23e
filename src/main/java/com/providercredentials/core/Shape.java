package com.providercredentials.core;

import com.providercredentials.core.ShapePart.Literal;
import com.providercredentials.core.ShapePart.Requirement;
import com.providercredentials.core.ShapePart.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The form of a credential. A <em>simple</em> shape: optional literal prefixes, then a body of one alphabet with a
 * bounded length ({@code AC} + 32 hex). A <em>composite</em> shape ({@link CompositeShape}): a sequence of literals and
 * runs ({@code SG.} + 22 + {@code .} + 43) with optional {@link TokenCheck checks}. Both are matched without regular
 * expressions, in time linear in the input; a search inside a text only starts at the occurrences of a prefix.
 *
 * <p>For a composite shape, {@link #prefixes()} are its leading literal's alternatives (none if it starts with a run),
 * {@link #minLength()}/{@link #maxLength()} the lengths of what follows them, {@link #alphabet()} its longest run's,
 * {@link #body(String)} the value after its leading literal (for masking); {@link Plausibility} judges
 * {@link #judged(String)}, and the Detector reports {@link Token#secret()}.
 */
public final class Shape {

  /** A random part of a value and the alphabet it is drawn from: what {@link Plausibility} judges. */
  public record Judged(String text, Alphabet alphabet) { }

  private final List<String> prefixes;
  private final Alphabet alphabet;
  private final int minLength;
  private final int maxLength;
  private final List<Requirement> requirements;
  /** A simple shape's body as a run; null for a composite shape. */
  @Nullable
  private final Run bodyRun;
  @Nullable
  private final CompositeShape composite;

  public Shape(List<String> prefixes, Alphabet alphabet, int minLength, int maxLength, List<Requirement> requirements) {
    this.prefixes = List.copyOf(prefixes);
    this.alphabet = Objects.requireNonNull(alphabet);
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("Invalid length " + minLength + ".." + maxLength);
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.requirements = List.copyOf(requirements);
    this.bodyRun = new Run(null, alphabet, minLength, maxLength, requirements, true);
    this.composite = null;
  }

  private Shape(CompositeShape composite) {
    this.composite = composite;
    Literal lead = composite.leadingLiteral();
    this.prefixes = lead == null ? List.of() : lead.alternatives();
    int leadMin = lead == null ? 0 : lead.minLength();
    int leadMax = lead == null ? 0 : lead.maxLength();
    this.alphabet = composite.parts().stream().filter(Run.class::isInstance).map(Run.class::cast)
      .max((a, b) -> Integer.compare(a.max(), b.max())).map(Run::alphabet).orElse(Alphabet.ALNUM);
    this.minLength = Math.max(1, composite.minLength() - leadMin);
    this.maxLength = Math.max(this.minLength, composite.maxLength() - leadMax);
    this.requirements = List.of();
    this.bodyRun = null;
  }

  /**
   * The shape of a sequence of parts with checks. An optional literal (no alternative starting another) then one run,
   * without checks nor name, is a simple shape, and is matched as fast as one.
   */
  public static Shape of(List<ShapePart> parts, List<TokenCheck> checks) {
    if (checks.isEmpty() && !parts.isEmpty() && parts.size() <= 2 && parts.get(parts.size() - 1) instanceof Run run && run.name() == null
      && run.random() && (parts.size() == 1 || parts.get(0) instanceof Literal lead && !lead.overlaps())) {
      return new Shape(parts.size() == 1 ? List.of() : ((Literal) parts.get(0)).alternatives(), run.alphabet(), run.min(), run.max(), run.requirements());
    }
    return new Shape(new CompositeShape(parts, checks));
  }

  public boolean isComposite() {
    return composite != null;
  }

  /** The parts of this shape; a simple shape's are its prefixes (if any) and its body. */
  public List<ShapePart> parts() {
    if (composite != null) {
      return composite.parts();
    }
    return prefixes.isEmpty() ? List.of(bodyRun) : List.of(new Literal(prefixes), bodyRun);
  }

  public List<TokenCheck> checks() {
    return composite == null ? List.of() : composite.checks();
  }

  /** The whole value cut into the parts of this shape, when it matches. */
  public Optional<Token> token(String value) {
    if (composite != null) {
      return Optional.ofNullable(composite.match(value));
    }
    if (!matches(value)) {
      return Optional.empty();
    }
    int prefix = value.length() - body(value).length();
    return Optional.of(new Token(value, parts(), prefix == 0 ? new int[] {0, value.length()} : new int[] {0, prefix, value.length()}));
  }

  /**
   * The parts of a value of this shape that should look random, each with its alphabet: a simple shape's body; a
   * composite shape's runs but those marked {@code random: false} and those a check derives (a checksum, a payload).
   * A composite value that does not match is judged whole, after its prefix.
   */
  public List<Judged> judged(String value) {
    if (composite != null) {
      Token token = composite.match(value);
      if (token != null) {
        return token.judged(composite.derived());
      }
    }
    return List.of(new Judged(body(value), alphabet));
  }

  public List<String> prefixes() {
    return prefixes;
  }

  public Alphabet alphabet() {
    return alphabet;
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The length of the shortest whole token of this shape (its shortest prefix included). */
  public int shortestToken() {
    if (composite != null) {
      return composite.minLength();
    }
    return minLength + prefixes.stream().mapToInt(String::length).min().orElse(0);
  }

  /** The length of the longest whole token of this shape (its longest prefix included). */
  int longestToken() {
    if (composite != null) {
      return composite.maxLength();
    }
    return maxLength + prefixes.stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * Marks, in a table indexed by ASCII code, every character a token of this shape may be written with: the
   * prefilter ({@link Detector}) skips values that hold no run of {@link #shortestToken()} such characters.
   */
  public void markCharacters(boolean[] ascii) {
    if (composite != null) {
      composite.markCharacters(ascii);
      return;
    }
    for (char c = 0; c < ascii.length; c++) {
      ascii[c] |= alphabet.contains(c);
    }
    for (String prefix : prefixes) {
      prefix.chars().filter(c -> c < ascii.length).forEach(c -> ascii[c] = true);
    }
  }

  /** Whether the whole value has this shape. */
  public boolean matches(String value) {
    if (composite != null) {
      return composite.match(value) != null;
    }
    String prefix = prefixOf(value);
    if (prefix == null) {
      return false;
    }
    int bodyLength = value.length() - prefix.length();
    if (bodyLength < minLength || bodyLength > maxLength) {
      return false;
    }
    return bodyMatches(value, prefix.length(), value.length());
  }

  /** The body of a value that matches: the part after the prefix. */
  public String body(String value) {
    String prefix = prefixOf(value);
    return prefix == null ? value : value.substring(prefix.length());
  }

  /**
   * The occurrences of this shape inside a longer text, bounded on both sides by characters that are not
   * letters or digits. Only shapes with prefixes can be searched: a bare 32-hex run inside a text is
   * evidence of nothing.
   */
  public List<Match> find(String text) {
    if (composite != null) {
      return composite.find(text);
    }
    List<Match> found = new ArrayList<>();
    if (prefixes.isEmpty()) {
      return found;
    }
    for (String prefix : prefixes) {
      int from = 0;
      while (true) {
        int at = text.indexOf(prefix, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        if (!startsToken(text, at)) {
          continue;
        }
        int bodyStart = at + prefix.length();
        int end = bodyStart;
        int limit = Math.min(text.length(), bodyStart + maxLength + 1);
        while (end < limit && alphabet.contains(text.charAt(end))) {
          end++;
        }
        int length = end - bodyStart;
        if (length < minLength || length > maxLength) {
          continue;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          continue;
        }
        if (meetsRequirements(text, bodyStart, end)) {
          found.add(new Match(at, end, text.substring(at, end)));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found;
  }

  /**
   * Whether a token may start at {@code at} of a text: at its start, after a character that is no letter or digit, or
   * after a written escape ({@code \n}, {@code \r}, {@code \t}: the line breaks of a PEM key in a service-account JSON
   * pasted into a string, which the string's own escapes left as a backslash and a letter).
   */
  static boolean startsToken(String text, int at) {
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    return !Character.isLetterOrDigit(before) || (at >= 2 && text.charAt(at - 2) == '\\' && (before == 'n' || before == 'r' || before == 't'));
  }

  private String prefixOf(String value) {
    if (prefixes.isEmpty()) {
      return "";
    }
    for (String prefix : prefixes) {
      if (value.startsWith(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  private boolean bodyMatches(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!alphabet.contains(value.charAt(i))) {
        return false;
      }
    }
    return meetsRequirements(value, from, to);
  }

  private boolean meetsRequirements(String value, int from, int to) {
    return requirements.isEmpty() || bodyRun.meetsRequirements(value, from, to);
  }

  @Override
  public String toString() {
    if (composite != null) {
      return composite.toString();
    }
    return (prefixes.isEmpty() ? "" : (prefixes + " + ")) + alphabet.name().toLowerCase(Locale.ROOT)
      + "{" + minLength + (maxLength == minLength ? "" : ("," + maxLength)) + "}";
  }

  /** An occurrence found inside a text: {@code [start, end)} offsets and the matched text. */
  public record Match(int start, int end, String text) { }

  /** The alphabets credentials are drawn from. */
  public enum Alphabet {
    HEX("0123456789abcdefABCDEF"),
    LOWER_HEX("0123456789abcdef"),
    ALNUM("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    BASE32_UPPER("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    BASE64("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/"),
    BASE64_PADDED("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/="),
    BASE64_URL("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"),
    DIGITS("0123456789"),
    LOWER_ALNUM("0123456789abcdefghijklmnopqrstuvwxyz"),
    UPPER_ALNUM("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    WORD("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"),
    HOST("0123456789abcdefghijklmnopqrstuvwxyz-."),
    /** Base64 as a URL's query writes it: {@code +}, {@code /} and {@code =} percent-encoded ({@code %2B}, {@code %2F}, {@code %3D}) or not. */
    BASE64_PERCENT("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/=%"),
    /** The parameters of a URL's query: {@code sv=2022-11-02&ss=b&se=2030-01-01T00%3A00%3A00Z}. */
    QUERY("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-._~%:&=+");

    private final boolean[] members = new boolean[128];
    private final int size;

    Alphabet(String characters) {
      for (char c : characters.toCharArray()) {
        members[c] = true;
      }
      size = (int) characters.chars().distinct().count();
    }

    public boolean contains(char c) {
      return c < 128 && members[c];
    }

    /** How many distinct characters the alphabet has (hex counts both cases once each). */
    public int size() {
      return this == HEX ? 16 : size;
    }
  }
}
