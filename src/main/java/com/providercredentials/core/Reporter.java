package com.providercredentials.core;

import com.providercredentials.core.Finding.Secondary;
import com.providercredentials.core.Occurrence.Use;
import com.providercredentials.core.ProviderSpec.IdentifierKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reporting for one detection: one finding per provider and place, the first reported winning, with its message (the
 * secret masked) and the secondary locations that show why: the identifier that goes with it, the provider calls it is
 * passed to, the places it travels through.
 */
final class Reporter {

  /** What the message of a secret written in a comment adds. */
  static final String IN_A_COMMENT = " It is only in a comment, but it stays in the repository's history.";

  private final CallMatcher matcher;
  private final BuiltInOverlap builtIns;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  /** Per finding, in the same order: the occurrence and the secret it was reported for. */
  private final List<Occurrence> occurrences = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();

  Reporter(CallMatcher matcher) {
    this.matcher = matcher;
    this.builtIns = new BuiltInOverlap(matcher);
  }

  /** Reports the candidate, unless a finding of its provider is already at its place. */
  void report(ProviderSpec spec, Candidate candidate) {
    Occurrence occurrence = candidate.occurrence();
    if (!reported.add(spec.id() + "|" + occurrence.range)) {
      return;
    }
    List<Secondary> secondaries = new ArrayList<>();
    IdentifierHit pair = candidate.pair();
    if (pair != null && !pair.occurrence().range.equals(occurrence.range)) {
      secondaries.add(new Secondary(pair.occurrence().range, pairedMessage(spec, pair)));
    }
    Set<SourceRange> seen = new LinkedHashSet<>();
    for (Use use : occurrence.uses) {
      SourceRange useRange = use.argument().value().range();
      if (matcher.match(spec, use.site().call(), use.site()) != null && !useRange.equals(occurrence.range) && seen.add(useRange)) {
        secondaries.add(new Secondary(useRange, passedMessage(use.site().call())));
      }
    }
    for (Secondary via : occurrence.vias) {
      if (seen.add(via.location())) {
        secondaries.add(via);
      }
    }
    String masked = Masking.secret(candidate.secret());
    String message = message(candidate.kind(), masked) + (occurrence.unit.inComments() ? IN_A_COMMENT : "");
    findings.add(new Finding(spec, candidate.kind().kind(), candidate.kind().label(), occurrence.range, masked, message,
      candidate.evidence(), secondaries, occurrence.unit.traits().contains(Trait.ANDROID_CODE)).alsoReportedBy(builtIns.rules(spec, candidate)));
    occurrences.add(occurrence);
    secrets.add(candidate.secret());
  }

  /**
   * The findings reported, by location, then provider; but not a concatenation's when the secret is whole in one of its
   * parts and reported where that part is written ({@code "key=" + SERVER_KEY}: the issue is on {@code SERVER_KEY}'s
   * literal, not again on each concatenation that uses it).
   */
  List<Finding> findings() {
    Set<String> writtenWhole = new HashSet<>();
    for (int i = 0; i < findings.size(); i++) {
      if (occurrences.get(i).parts.isEmpty()) {
        writtenWhole.add(findings.get(i).provider().id() + "|" + secrets.get(i));
      }
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      String secret = secrets.get(i);
      boolean inAReportedPart = writtenWhole.contains(finding.provider().id() + "|" + secret)
        && occurrences.get(i).parts.stream().anyMatch(part -> part.value.contains(secret));
      if (!inAReportedPart) {
        kept.add(finding);
      }
    }
    kept.sort(Comparator.comparing(Finding::location).thenComparing(f -> f.provider().id()));
    return kept;
  }

  /** The secret kind's message, showing the secret masked (specs must say {@code {masked}}, never the value). */
  static String message(ProviderSpec.SecretKind kind, String masked) {
    return kind.message().replace("{masked}", masked);
  }

  /** "Twilio Account SID AC…6e91 that goes with it": the identifier masked. */
  static String pairedMessage(ProviderSpec spec, IdentifierHit pair) {
    return spec.name() + " " + pair.kind().label() + " " + Masking.identifier(pair.value(), pair.kind().shape()) + " that goes with it";
  }

  /** "Passed to Twilio.init here". */
  static String passedMessage(Call call) {
    return "Passed to " + call.display() + " here";
  }

  /** Where an identifier and the secret are joined into one credential ({@code "$sid:$token"}). */
  static String joinedMessage(IdentifierKind kind) {
    return "Joined with the " + kind.label() + " into a credential here";
  }
}
