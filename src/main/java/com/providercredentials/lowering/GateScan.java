package com.providercredentials.lowering;

/**
 * One pass over a Java or Kotlin file's text for {@link SourceGate}: comments skipped, strings read for their runs and
 * names, templates for their own code, names of code matched by their words' hashes. It allocates nothing.
 */
final class GateScan {
  private final SourceGate gate;
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

  /** Whether the line being read is a package or import directive: its names' words say nothing, its packages do. */
  private boolean directive;
  /**
   * Whether the name being read is an annotation's ({@code @DoNotStrip}, {@code @field:DoNotStrip}): it names no value,
   * so its words say nothing; its arguments are read as any code.
   */
  private boolean annotation;
  /** Where a name that follows an annotation's use-site target ({@code @field:}) starts: an annotation's name too. */
  private int afterTarget = -1;

  /** Whether the characters being read are a string's (not a template's code). */
  private boolean inString;

  // the string being read: its run
  private int run;
  private int runStart;
  private boolean runDigit;

  GateScan(SourceGate gate, String text) {
    this.gate = gate;
    this.text = text;
    this.length = text.length();
  }

  boolean run() {
    int i = 0;
    directive = SourceLines.directiveAt(text, 0);
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
        i = SourceLines.skipBlockComment(text, i);
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
        i = SourceLines.skipCharacter(text, i);
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
        if (c == '\n') {
          directive = SourceLines.directiveAt(text, i + 1);
        } else if (c == ';') {
          directive = false;
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
    inString = true;
    try {
      return stringCharacters(from, triple);
    } finally {
      inString = false;
    }
  }

  private int stringCharacters(int from, boolean triple) {
    int hostState = 0;
    run = 0;
    runDigit = false;
    int i = from;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < length) {
        if (runEnds(i) || endName()) {
          return -1;
        }
        i += 2;
        continue;
      }
      if (c == '\n' && !triple) {
        break;
      }
      if (c == '"' && (!triple || text.startsWith("\"\"\"", i))) {
        if (runEnds(i)) {
          return -1;
        }
        i += triple ? 3 : 1;
        while (triple && i < length && text.charAt(i) == '"') {
          i++;
        }
        return endName() ? -1 : i;
      }
      if (c == '$' && i + 1 < length && text.charAt(i + 1) == '{') {
        return runEnds(i) || endName() ? -1 : i;
      }
      hostState = gate.hosts.next(hostState, Character.toLowerCase(c));
      if (gate.hosts.matches(hostState)) {
        return -1;
      }
      if (gate.detector.isRunCharacter(c)) {
        if (run == 0) {
          runStart = i;
        }
        run++;
        runDigit |= c >= '0' && c <= '9';
        if (runDigit && run >= gate.minimumRun) {
          return -1;
        }
      } else if (runEnds(i)) {
        return -1;
      }
      if (nameCharacter(i, c)) {
        return -1;
      }
      i++;
    }
    return runEnds(i) || endName() ? -1 : i;
  }

  /**
   * The run of the string ends before {@code end}: whether it matters, as the pre-filter judges one without a digit
   * (long enough, and not the words of a name: {@code "UnusedReceiverParameter"}).
   */
  private boolean runEnds(int end) {
    boolean matters = !runDigit && run >= gate.plainRun && !gate.detector.readsAsWords(text, runStart, end);
    run = 0;
    runDigit = false;
    return matters;
  }

  /** Feeds one character to the name being read; true when a name says enough. */
  private boolean nameCharacter(int i, char c) {
    boolean letterOrDigit = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    if (letterOrDigit || c == '_' || c == '$' || (c == '.' && inName)) {
      if (!inName) {
        inName = true;
        nameMask = 0;
        packageState = 0;
        segmentHash = WordTable.SEED;
        annotation = !inString && i > 0 && (text.charAt(i - 1) == '@' || i == afterTarget);
      }
      packageState = gate.packages.next(packageState, Character.toLowerCase(c));
      if (gate.packages.matches(packageState)) {
        return true;
      }
      if (c == '.') {
        if (endSegment()) {
          return true;
        }
        return false;
      }
      segmentHash = WordTable.mix(segmentHash, c);
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
        lettersHash = wordLength == 0 ? WordTable.SEED : wordHash;
      }
      wordHash = WordTable.mix(wordLength == 0 ? WordTable.SEED : wordHash, lower);
      wordLength++;
      return false;
    }
    if (inName && annotation && c == ':') {
      afterTarget = i + 1;
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
    long found = gate.words.get(wordHash);
    if (found == 0 && wordEndsInDigits && lettersHash != WordTable.SEED) {
      found = gate.words.get(lettersHash);
    }
    wordLength = 0;
    wordEndsInDigits = false;
    if (directive || annotation) {
      return false;
    }
    if (found == SourceGate.PROVIDER || (found == SourceGate.IN_STRINGS && inString)) {
      return true;
    }
    if (found < 0) {
      return false;
    }
    nameMask |= found;
    if (found != 0) {
      for (long rule : gate.plainRules) {
        if ((nameMask & rule) == rule) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean endSegment() {
    boolean matters = endWord() || (!directive && !annotation && gate.methods.get(segmentHash) != 0);
    segmentHash = WordTable.SEED;
    return matters;
  }

  /** The end of a name: whether its last word, its last segment as a method, or all its words say enough. */
  private boolean endName() {
    if (!inName) {
      return false;
    }
    inName = false;
    // package com.stripe, import com.stripe.*: the package of an SDK's type, whole
    return gate.packages.matchesAtEnd(packageState) || endSegment();
  }

}
