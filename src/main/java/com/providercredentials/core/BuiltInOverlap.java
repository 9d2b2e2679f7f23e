package com.providercredentials.core;

import com.providercredentials.core.Occurrence.Use;
import com.providercredentials.core.ProviderSpec.BuiltInRule;
import com.providercredentials.core.ProviderSpec.CallPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which rules built into SonarQube report a candidate too, the same value at the same place (docs/adr/020): a rule of
 * the secret's kind whose words name it, or the rule a provider call declares for a literal written as its argument
 * when the language analyser resolves the call. A candidate paired with its identifier has none: our issue adds the
 * pair, which no built-in rule knows.
 */
final class BuiltInOverlap {

  private final CallMatcher matcher;

  BuiltInOverlap(CallMatcher matcher) {
    this.matcher = matcher;
  }

  List<String> rules(ProviderSpec spec, Candidate candidate) {
    if (candidate.pair() != null) {
      return List.of();
    }
    Occurrence occurrence = candidate.occurrence();
    String file = occurrence.unit.file().toLowerCase(Locale.ROOT);
    List<String> rules = new ArrayList<>(1);
    Set<String> nameWords = null;
    for (BuiltInRule builtIn : candidate.kind().reportedBy()) {
      if (!builtIn.reads(file)) {
        continue;
      }
      if (nameWords == null) {
        nameWords = Words.ofAll(occurrence.names);
      }
      if (builtIn.names(nameWords)) {
        rules.add(builtIn.rule());
      }
    }
    for (Use use : occurrence.uses) {
      Call call = use.site().call();
      CallPattern pattern = matcher.match(spec, call, use.site());
      if (pattern != null && pattern.reportedBy() != null && call.owner() != null && !call.owner().endsWith(Call.CHAINED) && inLanguageOf(pattern.reportedBy(), file)
        && use.argument().value() instanceof Expr.Literal literal && literal.range().equals(occurrence.range)
        && !rules.contains(pattern.reportedBy())) {
        rules.add(pattern.reportedBy());
      }
    }
    return rules;
  }

  /** A call's built-in rule belongs to a language analyser: {@code java:S6437} reads Java files. */
  private static boolean inLanguageOf(String rule, String file) {
    String repository = rule.substring(0, rule.indexOf(':'));
    return switch (repository) {
      case "java" -> file.endsWith(".java");
      case "kotlin" -> file.endsWith(".kt") || file.endsWith(".kts");
      default -> true;
    };
  }
}
