package com.providercredentials.lowering;

import com.providercredentials.core.Detector;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the code of a Java or Kotlin file can give the detection anything, read from its text in one pass before its
 * tree is walked (docs/adr/025). Most files of a project can give nothing: no string literal of theirs holds a run that
 * a credential is written with, no name of theirs says a provider or a credential, and they import no provider's SDK.
 * Their trees are not walked; their comments are still read (by {@link CodeComments}).
 *
 * <p>A file is walked when
 * <ul>
 *   <li>a string literal holds a run the pre-filter keeps: a value to decide;</li>
 *   <li>a word of a name, of a string or of the file's name is a provider's word ({@code twilioToken},
 *       {@code "api.stripe.com"}), or one name holds every word of a names rule that names no provider
 *       ({@code sessionToken}, {@code botToken}): names evidence for a value defined in another file;</li>
 *   <li>it names a package of a provider SDK's types ({@code import com.braintreegateway.*}): calls that take values
 *       defined elsewhere;</li>
 *   <li>it calls, as written, a method that needs no provider's type ({@code addHeader}): a header for a provider's
 *       host that another file of the module names;</li>
 *   <li>a word of a name is a hashing call's ({@code digest}, {@code checksum}): a value passed to one is no
 *       credential, whichever file it is written in.</li>
 * </ul>
 * The lexer knows Java's and Kotlin's comments (nested ones too), strings with escapes, text blocks and raw strings,
 * templates with strings of their own, and characters. It allocates nothing per file: words are matched by their hash.
 */
public final class SourceGate {

  private final Detector detector;
  private final int minimumRun;
  private final int plainRun;
  /** Lower-case words: a provider's ({@link #PROVIDER}) or the bit of a word of a provider-less names rule. */
  private final HashTable words;
  /** The provider-less names rules, as masks of their words' bits: all of them in one name. */
  private final long[] plainRules;
  /** Methods as written ({@code addHeader}), by their case-sensitive hash. */
  private final HashTable methods;
  private final Automaton packages;

  private static final long PROVIDER = -1L;

  public SourceGate(Detector detector) {
    this.detector = detector;
    this.minimumRun = detector.minimumLength();
    this.plainRun = detector.plainMinimum();
    this.words = new HashTable();
    this.methods = new HashTable();
    Set<String> providerWords = new HashSet<>();
    for (ProviderSpec spec : detector.specs()) {
      spec.words().forEach(word -> providerWords.add(word.toLowerCase(Locale.ROOT)));
    }
    // a value passed to a hashing call is no credential: that evidence, too, may be in another file than the value
    detector.hashingCalls().forEach(word -> providerWords.add(word.toLowerCase(Locale.ROOT)));
    providerWords.forEach(word -> words.put(word, PROVIDER));
    Map<String, Integer> bits = new HashMap<>();
    List<Long> rules = new ArrayList<>();
    Set<String> packageNames = new HashSet<>();
    for (ProviderSpec spec : detector.specs()) {
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        for (List<String> rule : kind.names()) {
          if (rule.stream().noneMatch(spec.words()::contains)) {
            long mask = 0;
            for (String word : rule) {
              String lower = word.toLowerCase(Locale.ROOT);
              if (!providerWords.contains(lower) && bits.size() < 63) {
                mask |= 1L << bits.computeIfAbsent(lower, w -> bits.size());
              }
            }
            if (mask != 0) {
              rules.add(mask);
            }
          }
        }
      }
      if (spec.clientSide() != null) {
        for (ProviderSpec.AuthCall call : spec.clientSide().calls()) {
          if ("*".equals(call.owner()) || call.needsHost()) {
            methods.put(call.method(), 1);
          }
        }
      }
      for (ProviderSpec.CallPattern call : spec.calls()) {
        if ("*".equals(call.owner())) {
          methods.put(call.method(), 1);
        }
        String pkg = packageOf(call.owner());
        if (pkg != null) {
          packageNames.add(pkg);
        }
      }
    }
    bits.forEach((word, bit) -> words.put(word, 1L << bit));
    this.plainRules = rules.stream().mapToLong(Long::longValue).distinct().toArray();
    this.packages = new Automaton(List.copyOf(packageNames));
  }

  /** Whether this gate was made for that detector (the specs it reads). */
  public boolean readsFor(Detector other) {
    return detector == other;
  }

  /**
   * The package of a type as code writes it ({@code com.braintreegateway} of {@code com.braintreegateway.BraintreeGateway});
   * null for a package of one segment ({@code okhttp3}), which is nobody's SDK alone.
   */
  static String packageOf(String owner) {
    StringBuilder pkg = new StringBuilder();
    int segments = 0;
    for (String segment : owner.split("\\.")) {
      if (segment.isEmpty() || !Character.isLowerCase(segment.charAt(0))) {
        break;
      }
      pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
      segments++;
    }
    return segments >= 2 ? pkg.toString() : null;
  }

  /** Whether the file ({@code fileName}: its name, for the words it holds) may give the detection anything. */
  public boolean mayMatter(String fileName, String text) {
    for (String word : Words.of(fileName)) {
      if (words.get(word.toLowerCase(Locale.ROOT)) == PROVIDER) {
        return true;
      }
    }
    return new Scan(text).run();
  }

  /** One pass over a file's text. */
  private final class Scan {
    private final String text;
    private final int length;

    // the name being read: its words' hashes, as matched so far
    private long wordHash;
    private long lettersHash;
    private int wordLength;
    private boolean wordEndsInDigits;
    private long nameMask;
    private long segmentHash;
    private boolean inName;
    private int packageState;

    // the string being read: its run
    private int run;
    private boolean runDigit;

    Scan(String text) {
      this.text = text;
      this.length = text.length();
    }

    boolean run() {
      int i = 0;
      // the brace depth of each open template (${ ... }), innermost last: code inside a string
      int[] templates = new int[16];
      int open = 0;
      while (i < length) {
        char c = text.charAt(i);
        if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
          if (endName()) {
            return true;
          }
          while (i < length && text.charAt(i) != '\n') {
            i++;
          }
        } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
          if (endName()) {
            return true;
          }
          i = skipBlockComment(i);
        } else if (c == '"') {
          if (endName()) {
            return true;
          }
          boolean triple = text.startsWith("\"\"\"", i);
          int end = string(i + (triple ? 3 : 1), triple);
          if (end < 0) {
            return true;
          }
          if (end < length && text.charAt(end) == '$') {
            // a template opens: read its code until its closing brace, then the rest of the string
            if (open == templates.length) {
              return true;
            }
            templates[open++] = triple ? -1 : 1;
            i = end + 2;
            continue;
          }
          i = end;
        } else if (c == '\'') {
          if (endName()) {
            return true;
          }
          i = skipCharacter(i);
        } else if (open > 0 && (c == '{' || c == '}')) {
          if (endName()) {
            return true;
          }
          boolean triple = templates[open - 1] < 0;
          int depth = Math.abs(templates[open - 1]) + (c == '{' ? 1 : -1);
          if (depth == 0) {
            // the template closes: the string goes on
            open--;
            int end = string(i + 1, triple);
            if (end < 0) {
              return true;
            }
            if (end < length && text.charAt(end) == '$') {
              templates[open++] = triple ? -1 : 1;
              i = end + 2;
              continue;
            }
            i = end;
          } else {
            templates[open - 1] = triple ? -depth : depth;
            i++;
          }
        } else {
          if (nameCharacter(i, c)) {
            return true;
          }
          i++;
        }
      }
      return endName();
    }

    /**
     * Reads a string's characters from {@code from}: -1 when they matter; else where reading stops, after the closing
     * quotes, or at the {@code $} of a template {@code ${}.
     */
    private int string(int from, boolean triple) {
      run = 0;
      runDigit = false;
      int i = from;
      while (i < length) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < length) {
          if (runEnds() || endName()) {
            return -1;
          }
          i += 2;
          continue;
        }
        if (c == '\n' && !triple) {
          break;
        }
        if (c == '"' && (!triple || text.startsWith("\"\"\"", i))) {
          i += triple ? 3 : 1;
          while (triple && i < length && text.charAt(i) == '"') {
            i++;
          }
          return runEnds() || endName() ? -1 : i;
        }
        if (c == '$' && i + 1 < length && text.charAt(i + 1) == '{') {
          return runEnds() || endName() ? -1 : i;
        }
        if (detector.isRunCharacter(c)) {
          run++;
          runDigit |= c >= '0' && c <= '9';
          if (run >= plainRun || (runDigit && run >= minimumRun)) {
            return -1;
          }
        } else if (runEnds()) {
          return -1;
        }
        if (nameCharacter(i, c)) {
          return -1;
        }
        i++;
      }
      return runEnds() || endName() ? -1 : i;
    }

    private boolean runEnds() {
      run = 0;
      runDigit = false;
      return false;
    }

    /** Feeds one character to the name being read; true when a name says enough. */
    private boolean nameCharacter(int i, char c) {
      boolean letterOrDigit = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
      if (letterOrDigit || c == '_' || c == '$' || (c == '.' && inName)) {
        if (!inName) {
          inName = true;
          nameMask = 0;
          packageState = 0;
          segmentHash = HashTable.SEED;
        }
        packageState = packages.next(packageState, Character.toLowerCase(c));
        if (packages.matches(packageState)) {
          return true;
        }
        if (c == '.') {
          if (endSegment()) {
            return true;
          }
          return false;
        }
        segmentHash = HashTable.mix(segmentHash, c);
        if (!letterOrDigit) {
          return endWord();
        }
        if (wordLength > 0 && startsNewWord(i, c) && endWord()) {
          return true;
        }
        char lower = Character.toLowerCase(c);
        boolean digit = c >= '0' && c <= '9';
        if (!digit) {
          wordEndsInDigits = false;
        } else if (!wordEndsInDigits) {
          wordEndsInDigits = true;
          lettersHash = wordLength == 0 ? HashTable.SEED : wordHash;
        }
        wordHash = HashTable.mix(wordLength == 0 ? HashTable.SEED : wordHash, lower);
        wordLength++;
        return false;
      }
      return endName();
    }

    /** Words.of's boundaries: {@code authToken} → auth|Token, {@code AWSSecret} → AWS|Secret. */
    private boolean startsNewWord(int i, char c) {
      if (!Character.isUpperCase(c) || i == 0) {
        return false;
      }
      char previous = text.charAt(i - 1);
      if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
        return true;
      }
      return Character.isUpperCase(previous) && i + 1 < length && Character.isLowerCase(text.charAt(i + 1));
    }

    private boolean endWord() {
      if (wordLength == 0) {
        return false;
      }
      long found = words.get(wordHash);
      if (found == 0 && wordEndsInDigits && lettersHash != HashTable.SEED) {
        found = words.get(lettersHash);
      }
      wordLength = 0;
      wordEndsInDigits = false;
      if (found == PROVIDER) {
        return true;
      }
      nameMask |= found;
      if (found != 0) {
        for (long rule : plainRules) {
          if ((nameMask & rule) == rule) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean endSegment() {
      boolean matters = endWord() || methods.get(segmentHash) != 0;
      segmentHash = HashTable.SEED;
      return matters;
    }

    /** The end of a name: whether its last word, its last segment as a method, or all its words say enough. */
    private boolean endName() {
      if (!inName) {
        return false;
      }
      inName = false;
      return endSegment();
    }

    private int skipBlockComment(int from) {
      int depth = 0;
      int i = from;
      while (i < length) {
        char c = text.charAt(i);
        if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
          depth++;
          i += 2;
        } else if (c == '*' && i + 1 < length && text.charAt(i + 1) == '/') {
          i += 2;
          if (--depth == 0) {
            return i;
          }
        } else {
          i++;
        }
      }
      return length;
    }

    /** A character literal ({@code '"'}, {@code '\''}, {@code '\u0022'}), or a lone apostrophe. */
    private int skipCharacter(int from) {
      int i = from + 1;
      if (i < length && text.charAt(i) == '\\') {
        i += 2;
      } else {
        i++;
      }
      while (i < length && i - from < 10 && text.charAt(i) != '\'' && text.charAt(i) != '\n') {
        i++;
      }
      return i < length && text.charAt(i) == '\'' ? i + 1 : from + 1;
    }
  }

  /** Open addressing over 64-bit hashes of words; a value of 0 is no entry. */
  private static final class HashTable {
    static final long SEED = 0xcbf29ce484222325L;

    private long[] keys = new long[256];
    private long[] values = new long[256];
    private int size;

    static long mix(long hash, char c) {
      return (hash ^ c) * 0x100000001b3L;
    }

    static long hash(String word) {
      long hash = SEED;
      for (int i = 0; i < word.length(); i++) {
        hash = mix(hash, word.charAt(i));
      }
      return hash;
    }

    void put(String word, long value) {
      if (size * 2 >= keys.length) {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldValues[i] != 0) {
            putHash(oldKeys[i], oldValues[i]);
          }
        }
      }
      putHash(hash(word), value);
    }

    private void putHash(long hash, long value) {
      int slot = (int) (hash ^ (hash >>> 32)) & (keys.length - 1);
      while (values[slot] != 0 && keys[slot] != hash) {
        slot = (slot + 1) & (keys.length - 1);
      }
      if (values[slot] == 0) {
        size++;
        keys[slot] = hash;
        values[slot] = value;
      } else if (values[slot] != PROVIDER) {
        values[slot] = value == PROVIDER ? PROVIDER : values[slot] | value;
      }
    }

    long get(String word) {
      return get(hash(word));
    }

    long get(long hash) {
      int slot = (int) (hash ^ (hash >>> 32)) & (keys.length - 1);
      while (values[slot] != 0) {
        if (keys[slot] == hash) {
          return values[slot];
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      return 0;
    }
  }

  /** Aho–Corasick over lower-case dotted names, for the SDKs' packages. */
  private static final class Automaton {
    private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789_.$";
    private static final int[] SYMBOL = new int[128];

    static {
      java.util.Arrays.fill(SYMBOL, -1);
      for (int i = 0; i < SYMBOLS.length(); i++) {
        SYMBOL[SYMBOLS.charAt(i)] = i;
      }
    }

    private final int[][] delta;
    private final boolean[] accepts;

    Automaton(List<String> patterns) {
      List<int[]> next = new ArrayList<>();
      List<Boolean> output = new ArrayList<>();
      next.add(new int[SYMBOLS.length()]);
      output.add(false);
      for (String pattern : patterns) {
        int state = 0;
        boolean valid = true;
        for (int i = 0; i < pattern.length() && valid; i++) {
          int symbol = pattern.charAt(i) < 128 ? SYMBOL[pattern.charAt(i)] : -1;
          if (symbol < 0) {
            valid = false;
          } else {
            if (next.get(state)[symbol] == 0) {
              next.add(new int[SYMBOLS.length()]);
              output.add(false);
              next.get(state)[symbol] = next.size() - 1;
            }
            state = next.get(state)[symbol];
          }
        }
        if (valid) {
          output.set(state, true);
        }
      }
      int states = next.size();
      delta = new int[states][];
      accepts = new boolean[states];
      int[] fail = new int[states];
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      delta[0] = next.get(0).clone();
      accepts[0] = output.get(0);
      for (int s = 0; s < SYMBOLS.length(); s++) {
        if (delta[0][s] != 0) {
          queue.add(delta[0][s]);
        }
      }
      while (!queue.isEmpty()) {
        int state = queue.poll();
        delta[state] = next.get(state).clone();
        accepts[state] = output.get(state) || accepts[fail[state]];
        for (int s = 0; s < SYMBOLS.length(); s++) {
          int child = next.get(state)[s];
          if (child != 0) {
            fail[child] = delta[fail[state]][s];
            queue.add(child);
          } else {
            delta[state][s] = delta[fail[state]][s];
          }
        }
      }
    }

    int next(int state, char c) {
      int symbol = c < 128 ? SYMBOL[c] : -1;
      return symbol < 0 ? 0 : delta[state][symbol];
    }

    boolean matches(int state) {
      return accepts[state];
    }
  }
}
