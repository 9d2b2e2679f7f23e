package com.providercredentials.core;

import com.providercredentials.core.ProviderSpec.IdentifierKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The detection core. It receives what the front-ends found in every file of a project (named values and
 * calls, see {@link SourceUnit}), resolves references across files, and reports the values that are
 * credentials of a known provider, with the evidence that makes them so.
 *
 * <p>A value of a secret's shape is never enough on its own: a 32-hex string is also an MD5 digest. It is
 * reported only with evidence: a provider API call that takes it as a secret, a name that says so, the
 * provider's identifier beside it (same call, same file, resources of the same module, or the line next to where
 * either is read into the build), or an
 * identifier and the secret written together ({@code ID:SECRET}, Basic authorization).
 *
 * <p>This class is the facade of the core: each stage of a detection is a class of its own, run in order by
 * {@link #detect}. It knows nothing of SonarQube or of any language; it holds no state between detections (each
 * {@link #detect} builds its own) and its cost is linear in the size of the values it is given.
 */
public final class Detector {

  private final List<ProviderSpec> specs;
  private final Vocabulary vocabulary;
  private final Plausibility plausibility;
  private final CredentialPrefilter prefilter;
  private final CallMatcher matcher;
  private final ShapeIndex shapes;

  public Detector(List<ProviderSpec> specs) {
    this(specs, Vocabulary.builtIn());
  }

  public Detector(List<ProviderSpec> specs, Vocabulary vocabulary) {
    this.specs = List.copyOf(specs);
    this.vocabulary = vocabulary;
    this.plausibility = new Plausibility(vocabulary);
    this.prefilter = new CredentialPrefilter(this.specs);
    this.matcher = new CallMatcher(this.specs);
    this.shapes = new ShapeIndex(this.specs);
  }

  public List<ProviderSpec> specs() {
    return specs;
  }

  /**
   * The shortest literal that can hold an identifier or a secret: front-ends need not hand over shorter
   * literals, except as parts of a concatenation or values of constants that other code refers to.
   */
  public int minimumLength() {
    return prefilter.minimumLength();
  }

  /** Whether a literal is worth handing over on its own. */
  public boolean worthReporting(String literal) {
    int length = literal.length();
    return length >= prefilter.plainMinimum() || (length >= prefilter.minimumLength() && prefilter.mayHoldCredential(literal));
  }

  /**
   * Whether a text holds a run of {@link #minimumLength()} characters that identifiers, secrets or encoded pairs are
   * written with: a comment without one holds no credential and need not be read. Linear, no regular expression.
   */
  public boolean mayHoldCredential(String text) {
    return prefilter.mayHoldCredential(text);
  }

  /**
   * The pre-filter, for a reader that scans text itself (SourceGate): whether a character belongs to a run, the
   * shortest run with a digit in it, and the shortest without one, that may hold a credential.
   */
  public boolean isRunCharacter(char c) {
    return prefilter.isRunCharacter(c);
  }

  /** Whether the run {@code text[from, to)}, which holds no digit, reads as the words of a name: no credential (docs/adr/031). */
  public boolean readsAsWords(CharSequence text, int from, int to) {
    return CredentialPrefilter.readsAsWords(text, from, to);
  }

  public int plainMinimum() {
    return prefilter.plainMinimum();
  }

  /** The names of calls whose arguments are digests: a value passed to one is no credential (negative evidence). */
  public Set<String> hashingCalls() {
    return vocabulary.hashingCalls();
  }

  /** Whether a whole value has the shape of an identifier or a secret of some provider: such a value is no map key. */
  public boolean hasCredentialShape(String value) {
    // the shapes the value may hold, found in one pass: the front-ends ask this of every key-like string argument
    ShapeIndex.Shapes may = shapes.of(value, null);
    if (may.none()) {
      return false;
    }
    for (ProviderSpec spec : specs) {
      if (spec.identifiers().stream().anyMatch(i -> may.may(i.shape()) && i.shape().matches(value))
        || spec.secrets().stream().anyMatch(k -> may.may(k.shape()) && k.shape().matches(value))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call with this method name may be a provider API call (constructors always may). */
  public boolean isProviderMethod(String method) {
    return matcher.mayMatch(method);
  }

  /** Whether a call of this method on this owner (resolved, or as written; null: unknown) may be a provider API call. */
  public boolean isProviderCall(String method, @Nullable String owner, @Nullable String ownerName) {
    return matcher.mayMatch(method, owner, ownerName);
  }

  /**
   * Whether {@code written} ({@code Twilio.init}, {@code BasicAWSCredentials}) may be a provider's call as code writes
   * it: a constructor of a type that owns one, or a method of one of the specs' own names on such a type.
   */
  public boolean isProviderCall(String written) {
    if (matcher.isOwnerAsWritten(written)) {
      return true;
    }
    int dot = written.lastIndexOf('.');
    return dot > 0 && matcher.mayMatch(written.substring(dot + 1)) && !Call.CONSTRUCTOR.equals(written.substring(dot + 1))
      && (matcher.isOwnerAsWritten(written.substring(0, dot)) || matcher.isOwnerAsWritten(written.substring(written.lastIndexOf('.', dot - 1) + 1, dot)));
  }

  /**
   * The findings and identifiers of a project: its values resolved across files ({@link SymbolTable}), those that may
   * hold a credential linked to their names and calls ({@link OccurrenceGraph}), their identifiers indexed
   * ({@link IdentifierIndex}), then the secrets written with their identifier ({@link DecodedPairs}), which go first, and
   * the secrets with other evidence ({@link EvidenceRules}), reported once per provider and place ({@link Reporter}).
   */
  public Result detect(Collection<SourceUnit> units) {
    OccurrenceGraph graph = OccurrenceGraph.build(units, new SymbolTable(units), prefilter);
    // in the order of their ranges: identifiers are indexed by line, and "the first one of a module" is the first by file
    List<Occurrence> searched = graph.inOrder();
    for (Occurrence occurrence : searched) {
      // which shapes each value may hold, found once for every spec: most values hold none
      occurrence.shapes = shapes.of(occurrence.value, AuthSchemes.credential(occurrence.value.strip()));
    }
    IdentifierIndex identifiers = new IdentifierIndex(specs, plausibility);
    for (Occurrence occurrence : searched) {
      identifiers.search(occurrence);
    }
    Reporter reporter = new Reporter(matcher);
    // an identifier and its secret written together is the strongest evidence: it goes first, and a secret
    // reported that way is not reported again for weaker reasons
    DecodedPairs decoded = new DecodedPairs(plausibility);
    for (Occurrence occurrence : searched) {
      // decoded once for all specs: most values are no pair, and then no spec has one
      List<PairDecoder.Pair> pairs = DecodedPairs.pairsOf(occurrence);
      if (pairs.isEmpty()) {
        continue;
      }
      for (ProviderSpec spec : specs) {
        Candidate candidate = decoded.find(spec, occurrence, pairs);
        if (candidate != null) {
          reporter.report(spec, candidate);
        }
      }
    }
    EvidenceRules rules = new EvidenceRules(vocabulary, plausibility, matcher, identifiers, specs);
    for (Occurrence occurrence : searched) {
      if (occurrence.shapes.none()) {
        continue;
      }
      for (ProviderSpec spec : specs) {
        Candidate candidate = rules.secret(spec, occurrence);
        if (candidate != null) {
          reporter.report(spec, candidate);
        }
      }
    }
    return new Result(reporter.findings(), identifiers.found(graph));
  }

  /** What one detection found. */
  public record Result(List<Finding> findings, List<IdentifierFound> identifiers) {
    public Result {
      findings = List.copyOf(findings);
      identifiers = List.copyOf(identifiers);
    }
  }

  /**
   * An identifier found in the project, whether or not a secret goes with it. {@code value} is the raw
   * identifier: it may be fingerprinted, never shown ({@link #toString()} masks it).
   */
  public record IdentifierFound(ProviderSpec provider, IdentifierKind kind, String value, SourceRange location, String module) {
    public String masked() {
      return Masking.identifier(value, kind.shape());
    }

    @Override
    public String toString() {
      return provider.id() + ":" + kind.kind() + " " + masked() + " at " + location;
    }
  }
}
