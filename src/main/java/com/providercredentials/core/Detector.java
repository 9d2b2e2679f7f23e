package com.providercredentials.core;

import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.ProviderSpec.CallPattern;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The detection core. It receives what the front-ends found in every file of a project (named values and
 * calls, see {@link SourceUnit}), resolves references across files, and reports the values that are
 * credentials of a known provider, with the evidence that makes them so.
 *
 * <p>A value of a secret's shape is never enough on its own: a 32-hex string is also an MD5 digest. It is
 * reported only with evidence: a provider API call that takes it as a secret, a name that says so, the
 * provider's identifier beside it (same call, same file, or resources of the same module), or an
 * identifier and the secret written together ({@code ID:SECRET}, Basic authorization).
 *
 * <p>It knows nothing of SonarQube or of any language; it is thread-confined (one {@link #detect} per
 * analysis) and its cost is linear in the size of the values it is given.
 */
public final class Detector {

  /** Values longer than this are not credentials (but identifiers may still be found inside them). */
  private static final int MAX_SECRET_LENGTH = 4096;
  /** The longest text searched for embedded identifiers; the rest of a huge literal is ignored. */
  private static final int MAX_SEARCHED_LENGTH = 1 << 20;
  private static final int MAX_RESOLUTION_DEPTH = 12;

  private final List<ProviderSpec> specs;
  private final Vocabulary vocabulary;
  private final Plausibility plausibility;
  private final int minimumLength;
  private final CallMatcher matcher;
  /** The characters an identifier, a secret or an encoded pair is written with (ASCII only). */
  private final boolean[] credentialChars = new boolean[128];

  public Detector(List<ProviderSpec> specs) {
    this(specs, Vocabulary.builtIn());
  }

  public Detector(List<ProviderSpec> specs, Vocabulary vocabulary) {
    this.specs = List.copyOf(specs);
    this.vocabulary = vocabulary;
    this.plausibility = new Plausibility(vocabulary);
    int min = Integer.MAX_VALUE;
    // Base64 (both alphabets, padded) for the encoded pairs PairDecoder reads
    markCredentialChars(Shape.Alphabet.BASE64_PADDED, List.of("-_"));
    for (ProviderSpec spec : specs) {
      for (IdentifierKind id : spec.identifiers()) {
        min = Math.min(min, id.shape().shortestToken());
        id.shape().markCharacters(credentialChars);
      }
      for (SecretKind secret : spec.secrets()) {
        min = Math.min(min, secret.shape().shortestToken());
        secret.shape().markCharacters(credentialChars);
      }
    }
    this.minimumLength = min == Integer.MAX_VALUE ? 1 : min;
    this.matcher = new CallMatcher(specs);
  }

  private void markCredentialChars(Shape.Alphabet alphabet, List<String> prefixes) {
    for (char c = 0; c < credentialChars.length; c++) {
      credentialChars[c] |= alphabet.contains(c);
    }
    prefixes.forEach(prefix -> prefix.chars().filter(c -> c < credentialChars.length).forEach(c -> credentialChars[c] = true));
  }

  /**
   * Whether some identifier, secret or encoded pair can be in the value: each is a run of at least {@link #minimumLength}
   * characters of its shapes' alphabets and prefixes (or of Base64), so a value without such a run holds none. Most
   * values (texts of Android string resources, messages) have none, and are not searched further.
   */
  boolean mayHoldCredential(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < credentialChars.length && credentialChars[c]) {
        if (++run >= minimumLength) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  public List<ProviderSpec> specs() {
    return specs;
  }

  /**
   * The shortest literal that can hold an identifier or a secret: front-ends need not hand over shorter
   * literals, except as parts of a concatenation or values of constants that other code refers to.
   */
  public int minimumLength() {
    return minimumLength;
  }

  /** Whether a literal is worth handing over on its own. */
  public boolean worthReporting(String literal) {
    return literal.length() >= minimumLength;
  }

  /** Whether a whole value has the shape of an identifier or a secret of some provider: such a value is no map key. */
  public boolean hasCredentialShape(String value) {
    for (ProviderSpec spec : specs) {
      if (spec.identifiers().stream().anyMatch(i -> i.shape().matches(value)) || spec.secrets().stream().anyMatch(k -> k.shape().matches(value))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call with this method name may be a provider API call (constructors always may). */
  public boolean isProviderMethod(String method) {
    return matcher.mayMatch(method);
  }

  public Result detect(Collection<SourceUnit> units) {
    return new Analysis(units).run();
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

  /** A value resolved to a literal (or a concatenation of literals, with its parts) and where it is written. */
  private record Resolved(String value, SourceRange range, SourceUnit unit, List<Resolved> parts) {
    Resolved(String value, SourceRange range, SourceUnit unit) {
      this(value, range, unit, List.of());
    }
  }

  private record Located(Binding binding, SourceUnit unit) {
  }

  /** A call with its arguments resolved where possible. */
  private record CallSite(Call call, SourceUnit unit, List<Occurrence> arguments) implements CallMatcher.Arguments {
    @Override
    public boolean holdIdentifierOf(ProviderSpec spec) {
      return arguments.stream().anyMatch(o -> o != null && o.identifiers.stream().anyMatch(h -> h.spec == spec));
    }
  }

  private record Use(CallSite site, int index) {
    Call.Argument argument() {
      return site.call.arguments().get(index);
    }
  }

  /** An identifier found in an occurrence; {@code order} is the order in which it was found (-1 for one only decoded). */
  private record IdHit(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence, int order) {
    IdHit(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence) {
      this(spec, kind, value, occurrence, -1);
    }
  }

  /** One literal of the project, with everything known about how it is named and used. */
  private static final class Occurrence {
    final String value;
    final SourceRange range;
    final SourceUnit unit;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> context = new LinkedHashSet<>();
    final List<Use> uses = new ArrayList<>();
    final List<Finding.Secondary> vias = new ArrayList<>();
    final List<IdHit> identifiers = new ArrayList<>();
    /** For a concatenation: the literals it joins. */
    final List<Occurrence> parts = new ArrayList<>();

    Occurrence(Resolved resolved) {
      this.value = resolved.value;
      this.range = resolved.range;
      this.unit = resolved.unit;
    }
  }

  private record Candidate(SecretKind kind, Evidence evidence, @Nullable Use call, @Nullable IdHit pair) {
  }

  private final class Analysis {
    private final Collection<SourceUnit> units;
    private final Map<String, List<Located>> byKey = new HashMap<>();
    private final Map<Binding, Optional<Resolved>> resolved = new IdentityHashMap<>();
    private final Map<Binding, Boolean> resolving = new IdentityHashMap<>();
    /** The values that may hold a credential, by where they are written. */
    private final Map<SourceRange, Occurrence> occurrences = new HashMap<>();
    /** Identifiers by file (then provider and kind), in the order of their ranges: for the nearest one to a secret. */
    private final Map<String, List<IdHit>> identifiersByFile = new HashMap<>();
    /** Identifiers of the resources of a module (then provider and kind), in the order they were found. */
    private final Map<String, List<IdHit>> identifiersByModule = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, IdHit> identifierIndex = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Map<Occurrence, List<Resolved>> concatenations = new IdentityHashMap<>();

    Analysis(Collection<SourceUnit> units) {
      this.units = units;
    }

    Result run() {
      for (SourceUnit unit : units) {
        for (Binding binding : unit.bindings()) {
          for (String key : binding.keys()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(binding, unit));
          }
        }
      }
      for (SourceUnit unit : units) {
        for (Binding binding : unit.bindings()) {
          Resolved value = resolveBinding(new Located(binding, unit), 0);
          Occurrence occurrence = value == null ? null : occurrence(value);
          if (occurrence != null) {
            occurrence.names.addAll(binding.names());
            occurrence.context.addAll(binding.context());
            if (binding.via() != null && !(binding.value() instanceof Expr.Literal)) {
              occurrence.vias.add(new Finding.Secondary(binding.value().range(), binding.via()));
            }
          }
        }
        for (Call call : unit.calls()) {
          List<Occurrence> arguments = new ArrayList<>();
          for (Call.Argument argument : call.arguments()) {
            Resolved value = resolve(argument.value(), unit, 0);
            arguments.add(value == null ? null : occurrence(value));
          }
          CallSite site = new CallSite(call, unit, arguments);
          for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) != null) {
              arguments.get(i).uses.add(new Use(site, i));
            }
          }
        }
      }
      linkParts();
      // in the order of their ranges: identifiers are indexed by line, and "the first one of a module" is the first by file
      List<Occurrence> searched = new ArrayList<>(occurrences.values());
      searched.sort(Comparator.comparing(o -> o.range));
      searched.forEach(this::findIdentifiers);
      // an identifier and its secret written together is the strongest evidence: it goes first, and a secret
      // reported that way is not reported again for weaker reasons
      for (Occurrence occurrence : searched) {
        specs.forEach(spec -> findDecoded(spec, occurrence));
      }
      for (Occurrence occurrence : searched) {
        specs.forEach(spec -> findSecret(spec, occurrence));
      }
      findings.sort(Comparator.comparing(Finding::location).thenComparing(f -> f.provider().id()));
      // an identifier inside a concatenation that comes whole from one of its parts is that part's: reported once, there
      List<IdentifierFound> identifiers = identifierIndex.values().stream()
        .filter(h -> h.occurrence.parts.stream().noneMatch(p -> p.value.contains(h.value) && occurrences.get(p.range) == p))
        .map(h -> new IdentifierFound(h.spec, h.kind, h.value, h.occurrence.range, h.occurrence.unit.module()))
        .sorted(Comparator.comparing(IdentifierFound::location))
        .toList();
      return new Result(findings, identifiers);
    }

    /**
     * The occurrence of a value that may hold a credential; null for the others (most values), which nothing reads:
     * no identifier or secret can be found in them, nor in any part of them.
     */
    @Nullable
    private Occurrence occurrence(Resolved value) {
      Occurrence occurrence = occurrences.get(value.range);
      if (occurrence == null) {
        if (!mayHoldCredential(value.value)) {
          return null;
        }
        occurrence = new Occurrence(value);
        occurrences.put(value.range, occurrence);
        if (!value.parts.isEmpty()) {
          concatenations.put(occurrence, value.parts);
        }
      }
      return occurrence;
    }

    /**
     * The literals a concatenation joins: the occurrences they are anyway (a constant's literal), or detached
     * ones, which are not scanned on their own ("Basic " + "base64..." is one value, reported once).
     */
    private void linkParts() {
      concatenations.forEach((occurrence, parts) -> {
        for (Resolved part : parts) {
          Occurrence known = occurrences.get(part.range);
          occurrence.parts.add(known != null ? known : new Occurrence(part));
        }
      });
    }

    @Nullable
    private Resolved resolveBinding(Located located, int depth) {
      if (located.binding.value() instanceof Expr.Literal literal) {
        // most values: nothing to resolve, nothing to remember
        return new Resolved(literal.value(), literal.range(), located.unit);
      }
      Optional<Resolved> known = resolved.get(located.binding);
      if (known != null) {
        return known.orElse(null);
      }
      if (resolving.put(located.binding, Boolean.TRUE) != null) {
        return null;
      }
      Resolved value = resolve(located.binding.value(), located.unit, depth + 1);
      resolving.remove(located.binding);
      resolved.put(located.binding, Optional.ofNullable(value));
      return value;
    }

    @Nullable
    private Resolved resolve(Expr expr, SourceUnit unit, int depth) {
      if (depth > MAX_RESOLUTION_DEPTH) {
        return null;
      }
      if (expr instanceof Expr.Literal literal) {
        return new Resolved(literal.value(), literal.range(), unit);
      }
      if (expr instanceof Expr.Ref ref) {
        return resolveRef(ref, depth);
      }
      if (expr instanceof Expr.Concat concat) {
        return resolveConcat(concat, unit, depth);
      }
      return null;
    }

    @Nullable
    private Resolved resolveRef(Expr.Ref ref, int depth) {
      for (String key : ref.keys()) {
        List<Located> declared = byKey.get(key);
        if (declared == null) {
          continue;
        }
        Resolved first = null;
        for (Located located : declared) {
          Resolved value = resolveBinding(located, depth);
          if (value == null || (first != null && !first.equals(value))) {
            // unknown, or declared with different values: which one is meant cannot be told
            return null;
          }
          first = value;
        }
        return first;
      }
      return null;
    }

    @Nullable
    private Resolved resolveConcat(Expr.Concat concat, SourceUnit unit, int depth) {
      StringBuilder text = new StringBuilder();
      SourceRange range = null;
      List<Resolved> parts = new ArrayList<>();
      for (Expr part : concat.parts()) {
        Resolved value = resolve(part, unit, depth + 1);
        if (value == null || text.length() + value.value.length() > MAX_SEARCHED_LENGTH) {
          return null;
        }
        text.append(value.value);
        parts.add(value);
        range = range == null ? value.range : range.span(value.range);
      }
      // a concatenation or template is written where it stands, whatever its parts refer to
      return range == null ? null : new Resolved(text.toString(), concat.range(), unit, parts);
    }

    private void findIdentifiers(Occurrence occurrence) {
      String value = occurrence.value.length() > MAX_SEARCHED_LENGTH ? occurrence.value.substring(0, MAX_SEARCHED_LENGTH) : occurrence.value;
      for (ProviderSpec spec : specs) {
        for (IdentifierKind kind : spec.identifiers()) {
          for (Shape.Match match : kind.shape().find(value)) {
            addIdentifier(spec, kind, match.text(), occurrence);
          }
        }
      }
      for (PairDecoder.Pair pair : PairDecoder.decode(value)) {
        for (ProviderSpec spec : specs) {
          for (IdentifierKind kind : spec.identifiers()) {
            if (pair.encoded() && kind.shape().matches(pair.identifier())) {
              addIdentifier(spec, kind, pair.identifier(), occurrence);
            }
          }
        }
      }
    }

    private void addIdentifier(ProviderSpec spec, IdentifierKind kind, String value, Occurrence occurrence) {
      if (!plausibility.plausible(value, kind.shape(), spec.placeholders())) {
        return;
      }
      String key = spec.id() + "|" + kind.kind() + "|" + value + "|" + occurrence.range;
      if (identifierIndex.containsKey(key)) {
        return;
      }
      IdHit hit = new IdHit(spec, kind, value, occurrence, identifierIndex.size());
      identifierIndex.put(key, hit);
      occurrence.identifiers.add(hit);
      identifiersByFile.computeIfAbsent(indexKey(occurrence.unit.file(), spec, kind.kind()), f -> new ArrayList<>()).add(hit);
      if (occurrence.unit.kind() == SourceUnit.Kind.RESOURCE) {
        identifiersByModule.computeIfAbsent(indexKey(occurrence.unit.module(), spec, kind.kind()), m -> new ArrayList<>()).add(hit);
      }
    }

    /** {@code ID:SECRET}, plain or in Base64: reported on its own. */
    private boolean findDecoded(ProviderSpec spec, Occurrence occurrence) {
      if (occurrence.value.length() > MAX_SECRET_LENGTH) {
        return false;
      }
      for (PairDecoder.Pair pair : PairDecoder.decode(occurrence.value)) {
        for (IdentifierKind idKind : spec.identifiers()) {
          if (!idKind.shape().matches(pair.identifier()) || !plausibility.plausible(pair.identifier(), idKind.shape(), spec.placeholders())) {
            continue;
          }
          for (SecretKind kind : spec.secrets()) {
            if (kind.pairsWith().contains(idKind.kind()) && kind.shape().matches(pair.secret())
              && plausibility.plausible(pair.secret(), kind.shape(), spec.placeholders())) {
              IdHit id = new IdHit(spec, idKind, pair.identifier(), occurrence);
              Occurrence secretPart = pair.encoded() ? null : partHolding(occurrence, pair.secret());
              if (secretPart != null) {
                // "$sid:$token" joins constants: the secret is written in the token's literal
                secretPart.vias.add(new Finding.Secondary(occurrence.range, "Joined with the " + idKind.label() + " into a credential here"));
                report(spec, secretPart, pair.secret(), new Candidate(kind, Evidence.DECODED, null, partHolding(occurrence, pair.identifier()) == null
                  ? id : new IdHit(spec, idKind, pair.identifier(), partHolding(occurrence, pair.identifier()))));
              } else {
                report(spec, occurrence, pair.secret(), new Candidate(kind, Evidence.DECODED, null, id));
              }
              return true;
            }
          }
        }
      }
      return false;
    }

    @Nullable
    private Occurrence partHolding(Occurrence concatenation, String value) {
      for (Occurrence part : concatenation.parts) {
        if (part.value.strip().equals(value) && !part.range.equals(concatenation.range)) {
          return part;
        }
      }
      return null;
    }

    private void findSecret(ProviderSpec spec, Occurrence occurrence) {
      String value = occurrence.value.strip();
      if (value.length() > MAX_SECRET_LENGTH) {
        return;
      }
      // the shapes first: most values have none, and the names' words are only needed for those that do
      List<SecretKind> shaped = new ArrayList<>(1);
      for (SecretKind kind : spec.secrets()) {
        if (kind.shape().matches(value) && plausibility.plausible(value, kind.shape(), spec.placeholders())) {
          shaped.add(kind);
        }
      }
      if (shaped.isEmpty()) {
        return;
      }
      Set<String> nameWords = Words.ofAll(occurrence.names);
      Set<String> contextWords = Words.ofAll(occurrence.context);
      boolean vetoed = nameWords.stream().anyMatch(vocabulary.veto()::contains) || passedToHashing(occurrence);
      Candidate best = null;
      for (SecretKind kind : shaped) {
        Candidate candidate = evidence(spec, kind, occurrence, nameWords, contextWords, vetoed);
        if (candidate != null && (best == null || candidate.evidence.compareTo(best.evidence) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        report(spec, occurrence, value, best);
      }
    }

    @Nullable
    private Candidate evidence(ProviderSpec spec, SecretKind kind, Occurrence occurrence, Set<String> nameWords, Set<String> contextWords,
      boolean vetoed) {
      IdHit pair = pairedIdentifier(spec, kind, occurrence);
      boolean identifierRole = false;
      boolean otherService = false;
      for (Use use : occurrence.uses) {
        CallPattern pattern = matcher.match(spec, use.site.call, use.site);
        // a generic credential helper (Basic auth) whose identifier is not this provider's: another service
        otherService |= pattern == null && matcher.matchesGeneric(spec, use.site.call);
        Role role = pattern == null ? null : CallMatcher.role(pattern, use.argument(), use.index);
        if (role == null || role instanceof Role.Ignored) {
          continue;
        }
        if (role.takesSecret(kind.kind())) {
          return new Candidate(kind, Evidence.CALL, use, pair);
        }
        identifierRole = true;
      }
      if (vetoed || identifierRole) {
        return null;
      }
      if (namesSay(spec, kind, nameWords, contextWords)) {
        return new Candidate(kind, Evidence.NAME, null, pair);
      }
      boolean heldOrPassed = !occurrence.names.isEmpty() || !occurrence.uses.isEmpty();
      if (pair != null && heldOrPassed && !otherService && onlyNeutralWords(spec, nameWords)) {
        return new Candidate(kind, Evidence.PAIR, null, pair);
      }
      return null;
    }

    private boolean passedToHashing(Occurrence occurrence) {
      for (Use use : occurrence.uses) {
        Call call = use.site.call;
        if (isHashing(call.method()) || (call.ownerName() != null && isHashing(call.ownerName()))) {
          return true;
        }
        for (Call.Argument argument : call.arguments()) {
          if (argument.value() instanceof Expr.Opaque opaque && Words.of(opaque.display()).stream().anyMatch(vocabulary.hashingCalls()::contains)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean isHashing(String name) {
      return vocabulary.hashingCalls().contains(name.toLowerCase(Locale.ROOT))
        || Words.of(name).stream().anyMatch(vocabulary.hashingCalls()::contains);
    }

    /**
     * Every word of some name rule appears in the value's names; the provider's own words may also come
     * from what encloses it ({@code TwilioConfig.TOKEN}).
     */
    private boolean namesSay(ProviderSpec spec, SecretKind kind, Set<String> nameWords, Set<String> contextWords) {
      for (List<String> rule : kind.names()) {
        boolean all = rule.stream().allMatch(w -> nameWords.contains(w) || (spec.words().contains(w) && contextWords.contains(w)));
        boolean ownWord = rule.stream().anyMatch(w -> !spec.words().contains(w) && nameWords.contains(w));
        if (all && ownWord) {
          return true;
        }
      }
      return false;
    }

    private boolean onlyNeutralWords(ProviderSpec spec, Set<String> nameWords) {
      for (String word : nameWords) {
        boolean neutral = word.length() <= 1 || word.chars().allMatch(Character::isDigit) || vocabulary.neutral().contains(word)
          || spec.words().contains(word) || spec.vocabulary().contains(word);
        if (!neutral) {
          return false;
        }
      }
      return true;
    }

    /** The identifier that goes with a secret: in the same call, else the same file, else the same module's resources. */
    @Nullable
    private IdHit pairedIdentifier(ProviderSpec spec, SecretKind kind, Occurrence occurrence) {
      for (Use use : occurrence.uses) {
        for (Occurrence sibling : use.site.arguments) {
          IdHit hit = sibling == null ? null : firstPairing(spec, kind, sibling.identifiers, occurrence);
          if (hit != null) {
            return hit;
          }
        }
      }
      IdHit hit = nearestInFile(spec, kind, occurrence);
      if (hit == null && occurrence.unit.kind() == SourceUnit.Kind.RESOURCE) {
        hit = firstInModule(spec, kind, occurrence);
      }
      return hit;
    }

    private String indexKey(String scope, ProviderSpec spec, String kind) {
      return scope + "|" + spec.id() + "|" + kind;
    }

    /**
     * What {@link #firstPairing} gives over the identifiers of the secret's file, found in time logarithmic in
     * their number: a file with thousands of identifiers and secrets is not quadratic. The identifiers of one
     * file and kind are in the order of their ranges.
     */
    @Nullable
    private IdHit nearestInFile(ProviderSpec spec, SecretKind kind, Occurrence secret) {
      IdHit best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String idKind : kind.pairsWith()) {
        List<IdHit> hits = identifiersByFile.get(indexKey(secret.unit.file(), spec, idKind));
        IdHit hit = hits == null ? null : nearest(hits, secret);
        if (hit != null) {
          int distance = distance(hit, secret);
          if (best == null || distance < bestDistance || (distance == bestDistance && hit.order < best.order)) {
            best = hit;
            bestDistance = distance;
          }
        }
      }
      return best;
    }

    /** Of identifiers sorted by line, the nearest to the secret's line; on a tie the first one. */
    @Nullable
    private IdHit nearest(List<IdHit> hits, Occurrence secret) {
      int line = secret.range.startLine();
      int low = 0;
      int high = hits.size();
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (hits.get(middle).occurrence.range.startLine() < line) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      // hits[low..] are on the secret's line or after it, hits[..low-1] before it
      IdHit after = null;
      for (int i = low; i < hits.size() && after == null; i++) {
        after = hits.get(i).occurrence != secret ? hits.get(i) : null;
      }
      IdHit before = null;
      int i = low - 1;
      while (i >= 0 && hits.get(i).occurrence == secret) {
        i--;
      }
      if (i >= 0) {
        // the first of the identifiers on that line
        int beforeLine = hits.get(i).occurrence.range.startLine();
        while (i > 0 && hits.get(i - 1).occurrence.range.startLine() == beforeLine && hits.get(i - 1).occurrence != secret) {
          i--;
        }
        before = hits.get(i);
      }
      if (before == null || (after != null && distance(after, secret) < distance(before, secret))) {
        return after;
      }
      return before;
    }

    private int distance(IdHit hit, Occurrence secret) {
      return hit.occurrence.range.file().equals(secret.range.file())
        ? Math.abs(hit.occurrence.range.startLine() - secret.range.startLine())
        : Integer.MAX_VALUE - 1;
    }

    /** Over the identifiers of the module's resources: the first found (none is in the secret's file, or the file had given it). */
    @Nullable
    private IdHit firstInModule(ProviderSpec spec, SecretKind kind, Occurrence secret) {
      IdHit best = null;
      for (String idKind : kind.pairsWith()) {
        for (IdHit hit : identifiersByModule.getOrDefault(indexKey(secret.unit.module(), spec, idKind), List.of())) {
          if (hit.occurrence != secret) {
            if (best == null || hit.order < best.order) {
              best = hit;
            }
            break;
          }
        }
      }
      return best;
    }

    /** Of the identifiers that pair with this kind, the nearest one before or after the secret. */
    @Nullable
    private IdHit firstPairing(ProviderSpec spec, SecretKind kind, List<IdHit> hits, Occurrence secret) {
      IdHit best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (IdHit hit : hits) {
        if (hit.spec == spec && kind.pairsWith().contains(hit.kind.kind()) && hit.occurrence != secret) {
          int distance = hit.occurrence.range.file().equals(secret.range.file())
            ? Math.abs(hit.occurrence.range.startLine() - secret.range.startLine())
            : Integer.MAX_VALUE - 1;
          if (best == null || distance < bestDistance) {
            best = hit;
            bestDistance = distance;
          }
        }
      }
      return best;
    }

    private void report(ProviderSpec spec, Occurrence occurrence, String secret, Candidate candidate) {
      List<Secondary> secondaries = new ArrayList<>();
      if (candidate.pair != null && !candidate.pair.occurrence.range.equals(occurrence.range)) {
        secondaries.add(new Secondary(candidate.pair.occurrence.range,
          spec.name() + " " + candidate.pair.kind.label() + " " + Masking.identifier(candidate.pair.value, candidate.pair.kind.shape())
            + " that goes with it"));
      }
      Set<SourceRange> seen = new LinkedHashSet<>();
      for (Use use : occurrence.uses) {
        SourceRange useRange = use.argument().value().range();
        if (matcher.match(spec, use.site.call, use.site) != null && !useRange.equals(occurrence.range) && seen.add(useRange)) {
          secondaries.add(new Secondary(useRange, "Passed to " + use.site.call.display() + " here"));
        }
      }
      occurrence.vias.stream().filter(v -> seen.add(v.location())).forEach(secondaries::add);
      String masked = Masking.secret(secret);
      String message = candidate.kind.message().replace("{masked}", masked);
      if (!reported.add(spec.id() + "|" + occurrence.range)) {
        return;
      }
      findings.add(new Finding(spec, candidate.kind.kind(), candidate.kind.label(), occurrence.range, masked, message, candidate.evidence,
        secondaries, occurrence.unit.traits().contains(Trait.ANDROID_CODE)));
    }
  }
}
