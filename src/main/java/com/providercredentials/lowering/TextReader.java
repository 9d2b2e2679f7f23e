package com.providercredentials.lowering;

import com.providercredentials.core.Deadline;
import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.TextTokens.Token;
import com.providercredentials.lowering.TextTokens.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads text that no parser gives a tree of, a comment ({@code // Twilio.init("AC…", "…");}) or a file the parser
 * rejected, at the level of tokens: calls with their parenthesised arguments ({@code Twilio.init(…)},
 * {@code new BasicAWSCredentials(…)}, named arguments), {@code name = value} and {@code name: value} assignments
 * (modifiers and types before the name need no skipping: the name is the last one before the sign), and the other
 * values worth reporting, which no name holds. What it finds goes to a {@link SourceUnit} as the core's bindings and
 * calls, with their places in the file. Names it sees are never keys: nothing in code resolves to a comment.
 *
 * <p>Only text that {@link #worthReading may hold a credential} is read: most comments are prose, paths and names.
 */
public final class TextReader {

  /** Text past this length is not read (a comment that large is data, not a credential kept for reference). */
  public static final int MAX_TEXT_LENGTH = 1 << 20;

  private final Detector detector;

  public TextReader(Detector detector) {
    this.detector = detector;
  }

  /**
   * Reads {@code text}, which starts in the unit's file at {@code line} (1-based) and {@code column} (0-based).
   * {@code lineNames} name a value alone on the text's first line: for a comment at the end of a line of code, the
   * names of that code ({@code System.getenv("TWILIO_AUTH_TOKEN"); // "…"}).
   */
  public void read(String text, int line, int column, List<String> lineNames, SourceUnit unit) {
    read(text, line, column, lineNames, List.of(), unit);
  }

  /** {@link #read(String, int, int, List, SourceUnit)}, the names it finds enclosed by {@code context} (a file's type). */
  public void read(String text, int line, int column, List<String> lineNames, List<String> context, SourceUnit unit) {
    if (worthReading(text)) {
      readWorthy(text, line, column, lineNames, context, unit);
    }
  }

  /**
   * {@link #read(String, int, int, List, List, SourceUnit)} of a text its caller has already found
   * {@link #worthReading(String, int, int) worth reading} (a comment's content): the check is not made twice.
   */
  public void readWorthy(String text, int line, int column, List<String> lineNames, List<String> context, SourceUnit unit) {
    String read = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
    try {
      new TextPass(detector, TextTokens.of(read, unit.file(), line, column), lineNames, context, unit, line).run();
    } catch (Deadline.Exceeded e) {
      throw e;
    } catch (RuntimeException e) {
      // text that no parser vouches for: what it cannot be read as is skipped, and the rest of the file is not lost
      // (this package logs nothing: the front-ends do, and the property tests hold that nothing gets here)
      unit.checkpoint();
    }
  }

  /**
   * Whether a text may hold a credential: a run of at least {@link Detector#minimumLength()} letters, digits and
   * {@code +/=_-} with both a letter and a digit (the identifiers and secrets are random: a run without a digit is a
   * path, a type's name or a placeholder), and then the core's own prefilter. Linear, no regular expression.
   */
  public boolean worthReading(String text) {
    return worthReading(text, 0, text.length());
  }

  /**
   * {@link #worthReading(String)} of {@code text} from {@code from} to {@code to}, without copying it; or text that
   * calls a provider ({@code Twilio.init(SID, TOKEN)}, {@code new BasicAWSCredentials(ID, KEY)}): its arguments may be
   * names of constants kept in other comments of the file (docs/adr/017).
   */
  public boolean worthReading(String text, int from, int to) {
    return holdsCredentialRun(text, from, to) || callsProvider(text, from, to);
  }

  /** Whether a name followed by {@code (} is a provider's call as code writes it ({@link Detector#isProviderCall}). */
  private boolean callsProvider(String text, int from, int to) {
    int i = from;
    while (i < to) {
      if (!TextTokens.isNameChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean qualified = false;
      while (i < to && (TextTokens.isNameChar(text.charAt(i)) || (text.charAt(i) == '.' && i + 1 < to && TextTokens.isNameChar(text.charAt(i + 1))))) {
        qualified |= text.charAt(i) == '.';
        i++;
      }
      int open = i;
      while (open < to && text.charAt(open) == ' ') {
        open++;
      }
      // a provider's call as written is qualified (Twilio.init) or a type's constructor (BasicAWSCredentials): prose's
      // calls (see foo(), the method bar()) are neither, and are not looked up
      if (open < to && text.charAt(open) == '(' && i - start <= 128 && (qualified || Character.isUpperCase(text.charAt(start)))
        && detector.isProviderCall(text.substring(start, i))) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsCredentialRun(String text, int from, int to) {
    int minimum = detector.minimumLength();
    int run = 0;
    boolean digit = false;
    boolean letter = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean isDigit = c >= '0' && c <= '9';
      boolean isLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (isDigit || isLetter || c == '+' || c == '/' || c == '=' || c == '_' || c == '-') {
        run++;
        digit |= isDigit;
        letter |= isLetter;
        if (run >= minimum && digit && letter) {
          return detector.mayHoldCredential(from == 0 && to == text.length() ? text : text.substring(from, to));
        }
      } else {
        run = 0;
        digit = false;
        letter = false;
      }
    }
    return false;
  }

  /** The names a line of code holds: its identifiers (last segments) and its short strings that are no values. */
  public List<String> namesOf(String code) {
    Set<String> names = new LinkedHashSet<>();
    for (Token token : TextTokens.of(code.length() > MAX_TEXT_LENGTH ? "" : code, "", 1, 0)) {
      if (token.type() == Type.NAME) {
        names.add(token.text().substring(token.text().lastIndexOf('.') + 1));
      } else if (token.type() == Type.STRING && Lowering.isShortName(token.text()) && !token.text().isEmpty()
        && !detector.hasCredentialShape(token.text())) {
        names.add(token.text());
      }
    }
    return List.copyOf(names);
  }

}
