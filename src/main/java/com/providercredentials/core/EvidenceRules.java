package com.providercredentials.core;

import com.providercredentials.core.Finding.Evidence;
import com.providercredentials.core.Occurrence.Use;
import com.providercredentials.core.ProviderSpec.CallPattern;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import com.providercredentials.core.ProviderSpec.SecretKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The evidence rules: whether a value of a secret's shape is a credential, and why. A shape is never enough on its own
 * (a 32-hex string is also an MD5 digest): the value needs a provider call that takes it as a secret, names that say
 * so, or its provider's identifier beside it under neutral names. Names of hashes and hashing calls veto all but the
 * call; a call that takes the value as something else vetoes the rest.
 */
final class EvidenceRules {

  private final Vocabulary vocabulary;
  private final Plausibility plausibility;
  private final CallMatcher matcher;
  private final IdentifierIndex identifiers;
  private final BesideNames beside;

  EvidenceRules(Vocabulary vocabulary, Plausibility plausibility, CallMatcher matcher, IdentifierIndex identifiers) {
    this(vocabulary, plausibility, matcher, identifiers, List.of());
  }

  EvidenceRules(Vocabulary vocabulary, Plausibility plausibility, CallMatcher matcher, IdentifierIndex identifiers,
    List<ProviderSpec> specs) {
    this.vocabulary = vocabulary;
    this.plausibility = plausibility;
    this.matcher = matcher;
    this.identifiers = identifiers;
    this.beside = new BesideNames(vocabulary, specs);
  }

  /**
   * The secret of the spec the occurrence holds, with the strongest evidence of its kinds; or null. A secret is the whole
   * value (spaces aside), or, for a shape that starts with a literal, a token inside it (a URL in a longer text); what is
   * reported is the token's secret part ({@link Token#secret()}).
   */
  @Nullable
  Candidate secret(ProviderSpec spec, Occurrence occurrence) {
    ShapeIndex.Shapes shapes = occurrence.shapes;
    if (shapes != null && !shapes.mayAnySecret(spec.secrets())) {
      return null;
    }
    String value = occurrence.value.strip();
    // the shapes first: most values have none, and the names' words are only needed for those that do
    List<SecretKind> shaped = new ArrayList<>(1);
    List<Token> tokens = new ArrayList<>(1);
    String credential = AuthSchemes.credential(value);
    for (SecretKind kind : spec.secrets()) {
      if (shapes != null && !shapes.may(kind.shape())) {
        continue;
      }
      for (Token token : SecretTokens.in(kind.shape(), value, credential, Candidate.MAX_SECRET_LENGTH, SymbolTable.MAX_SEARCHED_LENGTH)) {
        if (plausibility.plausible(token.text(), kind.shape(), spec.placeholders())) {
          shaped.add(kind);
          tokens.add(token);
          break;
        }
      }
    }
    if (shaped.isEmpty()) {
      return null;
    }
    Set<String> nameWords = Words.ofAll(occurrence.names);
    Set<String> contextWords = Words.ofAll(occurrence.context);
    boolean vetoed = nameWords.stream().anyMatch(vocabulary.veto()::contains) || passedToHashing(occurrence);
    Candidate best = null;
    for (int i = 0; i < shaped.size(); i++) {
      Candidate candidate = evidence(spec, shaped.get(i), occurrence, tokens.get(i), nameWords, contextWords, vetoed);
      if (candidate != null && (best == null || candidate.evidence().compareTo(best.evidence()) < 0)) {
        best = candidate;
      }
    }
    return best;
  }

  @Nullable
  private Candidate evidence(ProviderSpec spec, SecretKind kind, Occurrence occurrence, Token token, Set<String> nameWords,
    Set<String> contextWords, boolean vetoed) {
    String secret = token.secret();
    // an identifier written in the token itself (a URL's user) goes with it before any other
    IdentifierHit inToken = inToken(spec, kind, token, occurrence);
    IdentifierHit pair = inToken != null ? inToken : identifiers.paired(spec, kind, occurrence);
    boolean identifierRole = false;
    boolean otherService = false;
    for (Use use : occurrence.uses) {
      CallPattern pattern = matcher.match(spec, use.site().call(), use.site());
      // a generic credential helper (Basic auth) whose identifier is not this provider's: another service
      otherService |= pattern == null && matcher.matchesGeneric(spec, use.site().call());
      Role role = pattern == null ? null : CallMatcher.role(pattern, use.argument(), use.index());
      if (role == null || role == Role.IGNORED) {
        continue;
      }
      if (role.takesSecret(kind.kind())) {
        return new Candidate(occurrence, secret, kind, Evidence.CALL, pair);
      }
      identifierRole = true;
    }
    if (identifierRole || (vetoed && !kind.distinctive())) {
      return null;
    }
    if (namesSay(spec, kind, nameWords, contextWords) || (authorization(occurrence) && nameWords.stream().anyMatch(spec.words()::contains))) {
      return new Candidate(occurrence, secret, kind, Evidence.NAME, pair);
    }
    if (inToken != null && !otherService) {
      return new Candidate(occurrence, secret, kind, Evidence.PAIR, inToken);
    }
    boolean heldOrPassed = !occurrence.names.isEmpty() || !occurrence.uses.isEmpty();
    if (pair != null && heldOrPassed && !otherService
      && (onlyNeutralWords(spec, nameWords, Words.ofAll(pair.occurrence().names)) || beside.pairs(spec, nameWords, pair, occurrence))) {
      return new Candidate(occurrence, secret, kind, Evidence.PAIR, pair);
    }
    return kind.distinctive() ? new Candidate(occurrence, secret, kind, Evidence.SHAPE, pair) : null;
  }

  /**
   * Whether the value is an authorization value, a scheme then the credential ({@code Bearer KEY…}): under a name that
   * names the provider ({@code TELNYX_AUTHORIZATION}), the scheme says what the name's words may not.
   */
  private static boolean authorization(Occurrence occurrence) {
    return AuthSchemes.credential(occurrence.value.strip()) != null;
  }

  /** The token's identifier part as an identifier of the spec, when it has the shape of one and is plausible; or null. */
  @Nullable
  private IdentifierHit inToken(ProviderSpec spec, SecretKind kind, Token token, Occurrence occurrence) {
    IdentifierKind idKind = SecretTokens.identifierKind(spec, kind, token);
    if (idKind == null) {
      return null;
    }
    String identifier = token.identifier().orElseThrow();
    return plausibility.plausible(identifier, idKind.shape(), spec.placeholders()) ? new IdentifierHit(spec, idKind, identifier, occurrence) : null;
  }

  /** Whether the value is passed to a hashing call, or beside an argument that hashes ({@code sign(DigestUtils.sha256(x), key)}). */
  boolean passedToHashing(Occurrence occurrence) {
    for (Use use : occurrence.uses) {
      Call call = use.site().call();
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
   * Every word of some name rule appears in the value's names, one at least that is not the provider's own; the
   * provider's own words may also come from what encloses it ({@code TwilioConfig.TOKEN}). The provider's words stand
   * for each other ({@code words: [twilio, twillio]}: a misspelling names the provider as well).
   */
  static boolean namesSay(ProviderSpec spec, SecretKind kind, Set<String> nameWords, Set<String> contextWords) {
    boolean providerNamed = nameWords.stream().anyMatch(spec.words()::contains);
    boolean providerAround = providerNamed || contextWords.stream().anyMatch(spec.words()::contains);
    for (List<String> rule : kind.names()) {
      boolean all = rule.stream().allMatch(w -> spec.words().contains(w) ? providerAround : nameWords.contains(w));
      boolean ownWord = rule.stream().anyMatch(w -> !spec.words().contains(w) && nameWords.contains(w));
      if (all && ownWord) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of the names is neutral: a letter, a number, a neutral word, or one of the provider's. */
  boolean onlyNeutralWords(ProviderSpec spec, Set<String> nameWords) {
    return onlyNeutralWords(spec, nameWords, Set.of());
  }

  /**
   * Whether every word of the names is neutral ({@link #neutral}) or also names the identifier beside the value: the
   * qualifier of a pair ({@code storage_access_key} and {@code storage_secret_key}, {@code UPLOAD_KEY_ID} and
   * {@code UPLOAD_SECRET}) says which pair it is, not that the value is something else ({@code MIXPANEL_TOKEN} beside
   * {@code ACCOUNT_SID} names another service).
   */
  boolean onlyNeutralWords(ProviderSpec spec, Set<String> nameWords, Set<String> identifierWords) {
    for (String word : nameWords) {
      if (!neutral(spec, word) && !identifierWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A letter, a number, a neutral word or one of the provider's; or a word of the provider's names rules numbered
   * ({@code secret1}, {@code token2}: trailing digits are not a different word). Other words numbered stay words of
   * their own ({@code s3}, {@code value2}).
   */
  private boolean neutral(ProviderSpec spec, String word) {
    if (word.length() <= 1 || word.chars().allMatch(Character::isDigit) || known(spec, word)) {
      return true;
    }
    int end = word.length();
    while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
      end--;
    }
    if (end == word.length()) {
      return false;
    }
    String stem = word.substring(0, end);
    return spec.secrets().stream().anyMatch(kind -> kind.names().stream().anyMatch(rule -> rule.contains(stem)));
  }

  private boolean known(ProviderSpec spec, String word) {
    return vocabulary.neutral().contains(word) || spec.words().contains(word) || spec.vocabulary().contains(word);
  }
}
