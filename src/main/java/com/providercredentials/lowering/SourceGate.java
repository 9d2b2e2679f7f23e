package com.providercredentials.lowering;

import com.providercredentials.core.Detector;
import com.providercredentials.core.ProviderSpec;
import com.providercredentials.core.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the code of a Java or Kotlin file can give the detection anything, read from its text in one pass before its
 * tree is walked (docs/adr/025). Most files of a project can give nothing: no string literal of theirs holds a run that
 * a credential is written with, no name of theirs says a provider or a credential, and they import no provider's SDK.
 * Their trees are not walked; their comments are still read (by {@link CodeComments}).
 *
 * <p>A file is walked when
 * <ul>
 *   <li>a string literal holds a run the pre-filter keeps ({@link Detector#mayHoldCredential}): a value to decide;</li>
 *   <li>a name, a string or the file's name holds a provider's word ({@code twilioToken}, {@code "api.stripe.com"}),
 *       or every word of a names rule that names no provider ({@code sessionToken}, {@code botToken}): names evidence
 *       for a value defined in another file;</li>
 *   <li>it names a package of a provider SDK's types ({@code import com.braintreegateway.*}): calls that take values
 *       defined elsewhere.</li>
 * </ul>
 * What a skipped file could still have given: a name with no provider's word bound to another file's constant (which
 * only a pair or the value's shape can then report, as they do), and a credential split into literals too short for
 * the pre-filter. The lexer knows Java's and Kotlin's strings, text blocks, raw strings, templates, characters and
 * comments; when in doubt it keeps the file.
 */
public final class SourceGate {

  /** The characters a word or a package pattern is matched on; any other ends a name. */
  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_.$";

  private final Detector detector;
  /** The provider's words, lower-case, matched as whole words of a name ({@link Words}). */
  private final Set<String> providerWords = new HashSet<>();
  /** The names rules that hold no provider's word ({@code [session, token]}): all their words in one name. */
  private final List<Set<String>> plainRules = new ArrayList<>();
  /**
   * The methods of calls that need no provider's type, as written ({@code addHeader}, {@code setRequestProperty}): an
   * {@code Authorization} header for a provider's host that another file of the module names.
   */
  private final Set<String> methods = new HashSet<>();
  private final Automaton automaton;

  public SourceGate(Detector detector) {
    this.detector = detector;
    List<String> patterns = new ArrayList<>();
    List<Boolean> packages = new ArrayList<>();
    for (ProviderSpec spec : detector.specs()) {
      for (String word : spec.words()) {
        providerWords.add(word.toLowerCase(Locale.ROOT));
      }
    }
    for (ProviderSpec spec : detector.specs()) {
      for (ProviderSpec.SecretKind kind : spec.secrets()) {
        for (List<String> rule : kind.names()) {
          if (rule.stream().noneMatch(spec.words()::contains)) {
            plainRules.add(Set.copyOf(rule));
          }
        }
      }
      if (spec.clientSide() != null) {
        for (ProviderSpec.AuthCall call : spec.clientSide().calls()) {
          if ("*".equals(call.owner()) || call.needsHost()) {
            methods.add(call.method());
          }
        }
      }
      for (ProviderSpec.CallPattern call : spec.calls()) {
        if ("*".equals(call.owner())) {
          methods.add(call.method());
        }
        String pkg = packageOf(call.owner());
        if (pkg != null) {
          patterns.add(pkg);
          packages.add(true);
        }
      }
    }
    Set<String> words = new HashSet<>(providerWords);
    plainRules.forEach(words::addAll);
    methods.forEach(method -> words.add(method.toLowerCase(Locale.ROOT)));
    for (String word : words) {
      patterns.add(word);
      packages.add(false);
    }
    this.automaton = new Automaton(patterns, packages);
  }

  /** Whether this gate was made for that detector (the specs it reads). */
  public boolean readsFor(Detector other) {
    return detector == other;
  }

  /** The package of a type as written in code ({@code com.braintreegateway} of {@code com.braintreegateway.BraintreeGateway}). */
  private static String packageOf(String owner) {
    String[] segments = owner.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (String segment : segments) {
      if (segment.isEmpty() || Character.isUpperCase(segment.charAt(0)) || segment.equals("*")) {
        break;
      }
      pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
    }
    // a package of one or two segments (okhttp3, com.google) is no SDK's own
    return pkg.toString().split("\\.").length >= 2 && pkg.indexOf(".") > 0 ? pkg.toString() : null;
  }

  /** Whether the file ({@code fileName}: its name, for the words it holds) may give the detection anything. */
  public boolean mayMatter(String fileName, String text) {
    if (hasWord(Words.of(fileName))) {
      return true;
    }
    return new Scan(text).run();
  }

  private boolean hasWord(List<String> words) {
    for (String word : words) {
      if (providerWords.contains(word)) {
        return true;
      }
    }
    if (words.size() > 1) {
      for (Set<String> rule : plainRules) {
        if (words.containsAll(rule)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One pass over a file's text. */
  private final class Scan {
    private final String text;
    private int at;
    /** Where the current name started in the text, or -1; and whether a word or package matched inside it. */
    private int nameStart = -1;
    private int state;
    private boolean wordInName;

    Scan(String text) {
      this.text = text;
    }

    boolean run() {
      int length = text.length();
      while (at < length) {
        char c = text.charAt(at);
        if (c == '/' && at + 1 < length && text.charAt(at + 1) == '/') {
          if (endName()) {
            return true;
          }
          int end = text.indexOf('\n', at);
          at = end < 0 ? length : end;
        } else if (c == '/' && at + 1 < length && text.charAt(at + 1) == '*') {
          if (endName()) {
            return true;
          }
          at = skipBlockComment(at);
        } else if (c == '"') {
          if (endName()) {
            return true;
          }
          boolean triple = text.startsWith("\"\"\"", at);
          if (string(triple)) {
            return true;
          }
        } else if (c == '\'') {
          if (endName()) {
            return true;
          }
          at = skipCharacter(at);
        } else {
          if (name(c)) {
            return true;
          }
          at++;
        }
      }
      return endName();
    }

    /** Feeds one character of code or of a string to the name matcher; true when a name says enough. */
    private boolean name(char c) {
      char lower = Character.toLowerCase(c);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || (c == '.' && nameStart >= 0)) {
        if (nameStart < 0) {
          nameStart = at;
          state = 0;
          wordInName = false;
        }
        state = automaton.next(state, lower);
        int match = automaton.match(state);
        if (match == Automaton.PACKAGE) {
          return true;
        }
        wordInName |= match == Automaton.WORD;
        return false;
      }
      return endName();
    }

    /** The end of a name: whether its words say a provider or a credential. */
    private boolean endName() {
      if (nameStart < 0) {
        return false;
      }
      boolean matters = false;
      if (wordInName) {
        String name = text.substring(nameStart, at);
        matters = methods.contains(name.substring(name.lastIndexOf('.') + 1)) || hasWord(Words.of(name));
      }
      nameStart = -1;
      return matters;
    }

    /** A string from its opening quote: its runs for the pre-filter, its names for the words; true when it matters. */
    private boolean string(boolean triple) {
      int start = at + (triple ? 3 : 1);
      int i = start;
      int length = text.length();
      StringBuilder piece = new StringBuilder();
      while (i < length) {
        char c = text.charAt(i);
        if (c == '\\' && !triple && i + 1 < length) {
          piece.append(' ');
          i += 2;
          continue;
        }
        if (c == '\n' && !triple) {
          break;
        }
        if (c == '"' && (!triple || text.startsWith("\"\"\"", i))) {
          i += triple ? 3 : 1;
          // a raw string may end with more quotes than three
          while (triple && i < length && text.charAt(i) == '"') {
            i++;
          }
          break;
        }
        if (c == '$' && i + 1 < length && text.charAt(i + 1) == '{') {
          // a Kotlin template: its code may hold strings of its own; the piece so far is a part of the value
          int end = templateEnd(i + 2);
          piece.append(' ');
          if (matters(piece) || mattersAsCode(i + 2, end)) {
            return true;
          }
          piece.setLength(0);
          i = end + 1;
          continue;
        }
        piece.append(c);
        i++;
      }
      at = Math.min(i, length);
      return matters(piece);
    }

    private boolean matters(CharSequence piece) {
      String value = piece.toString();
      if (detector.mayHoldCredential(value)) {
        return true;
      }
      // names written in strings: map keys, hosts, properties ("twilio.auth_token", "https://api.twilio.com")
      return new Scan(value).names();
    }

    /** Only the names of a text that is no code (a string's value). */
    private boolean names() {
      int length = text.length();
      while (at < length) {
        if (name(text.charAt(at))) {
          return true;
        }
        at++;
      }
      return endName();
    }

    private boolean mattersAsCode(int from, int to) {
      return new Scan(text.substring(from, Math.max(from, to))).run();
    }

    /** Where the template that starts at {@code from} (after its {@code ${}) ends: its closing brace, nested ones counted. */
    private int templateEnd(int from) {
      int depth = 1;
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return i;
        } else if (c == '\n') {
          return i;
        }
      }
      return text.length();
    }

    private int skipBlockComment(int from) {
      int depth = 0;
      int i = from;
      int length = text.length();
      while (i < length) {
        if (text.startsWith("/*", i)) {
          depth++;
          i += 2;
        } else if (text.startsWith("*/", i)) {
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
      int length = text.length();
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

  /** Aho–Corasick over lower-case names: the provider's words (checked as words afterwards) and SDK packages. */
  private static final class Automaton {
    static final int NONE = 0;
    static final int WORD = 1;
    static final int PACKAGE = 2;

    private static final int[] SYMBOL = new int[128];

    static {
      java.util.Arrays.fill(SYMBOL, -1);
      for (int i = 0; i < NAME_CHARS.length(); i++) {
        SYMBOL[NAME_CHARS.charAt(i)] = i;
      }
    }

    private final List<int[]> next = new ArrayList<>();
    private final List<Integer> output = new ArrayList<>();
    private int[][] delta;
    private int[] out;

    Automaton(List<String> patterns, List<Boolean> packages) {
      newState();
      for (int p = 0; p < patterns.size(); p++) {
        String pattern = patterns.get(p).toLowerCase(Locale.ROOT);
        int state = 0;
        boolean valid = !pattern.isEmpty();
        for (int i = 0; i < pattern.length() && valid; i++) {
          int symbol = NAME_CHARS.indexOf(pattern.charAt(i));
          if (symbol < 0) {
            valid = false;
            break;
          }
          if (next.get(state)[symbol] == 0) {
            next.get(state)[symbol] = newState();
          }
          state = next.get(state)[symbol];
        }
        if (valid) {
          output.set(state, Math.max(output.get(state), packages.get(p) ? PACKAGE : WORD));
        }
      }
      build();
    }

    private int newState() {
      next.add(new int[NAME_CHARS.length()]);
      output.add(NONE);
      return next.size() - 1;
    }

    private void build() {
      int states = next.size();
      delta = new int[states][];
      out = new int[states];
      int[] fail = new int[states];
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      delta[0] = next.get(0).clone();
      out[0] = output.get(0);
      for (int s = 0; s < NAME_CHARS.length(); s++) {
        if (delta[0][s] != 0) {
          queue.add(delta[0][s]);
        }
      }
      while (!queue.isEmpty()) {
        int state = queue.poll();
        delta[state] = next.get(state).clone();
        out[state] = Math.max(output.get(state), out[fail[state]]);
        for (int s = 0; s < NAME_CHARS.length(); s++) {
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

    int match(int state) {
      return out[state];
    }
  }
}
