package com.providercredentials.core;

import com.providercredentials.core.Detector.IdentifierFound;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rule SharedAccountSid: one provider account hard-coded in several applications. Inside one analysis, an
 * application is an Android {@code applicationId}, or else a Gradle or Maven module; the build's root
 * module (which only holds configuration that its modules share, such as {@code gradle.properties}) is
 * none. Across projects, the other projects that hold the same account are given by fingerprint.
 *
 * <p>Every occurrence of a shared account is reported, with the occurrences in the other applications as
 * secondary locations. Nothing here reveals an identifier: messages show {@link AccountId#masked()}.
 */
public final class SharedAccounts {

  /** How many names a message lists before it says "and N others". */
  private static final int NAMED = 5;
  private static final int MAX_SECONDARIES = 20;

  private final Fingerprints fingerprints;
  private final Predicate<Occurrence> excluded;

  public SharedAccounts(Fingerprints fingerprints, Predicate<Occurrence> excluded) {
    this.fingerprints = fingerprints;
    this.excluded = excluded;
  }

  /** One place where an account is written. */
  public record Occurrence(AccountId account, ProviderSpec.IdentifierKind kind, String identifier, String fingerprint, SourceRange location, String module) {
    @Override
    public String toString() {
      return account.provider().id() + ":" + account.kind() + " " + account.masked() + " at " + location;
    }
  }

  /** A shared account at one of its occurrences: the issue to raise. */
  public record Shared(Occurrence occurrence, String message, List<Finding.Secondary> secondaries, List<String> applications, List<String> projects) {
    public Shared {
      secondaries = List.copyOf(secondaries);
      applications = List.copyOf(applications);
      projects = List.copyOf(projects);
    }
  }

  /** The account identifiers a detection found, in the order of their locations, without the excluded ones. */
  public List<Occurrence> occurrences(List<IdentifierFound> identifiers) {
    List<Occurrence> result = new ArrayList<>();
    for (IdentifierFound found : identifiers) {
      if (found.kind().account()) {
        AccountId account = AccountId.of(found);
        Occurrence occurrence = new Occurrence(account, found.kind(), found.value(), fingerprints.of(account), found.location(), found.module());
        if (!excluded.test(occurrence)) {
          result.add(occurrence);
        }
      }
    }
    return result;
  }

  /**
   * The application of each module, by name: its {@code applicationId} when a build file of the module sets
   * one, else {@code moduleName} of it. A module that contains other modules is the build's root: absent.
   */
  public static Map<String, String> applications(Collection<SourceUnit> units, Function<String, String> moduleName) {
    Set<String> modules = new TreeSet<>();
    Map<String, String> applicationIds = new TreeMap<>();
    for (SourceUnit unit : units) {
      modules.add(unit.module());
      if (unit.kind() == SourceUnit.Kind.RESOURCE && !unit.inComments()) {
        for (Binding binding : unit.bindings()) {
          if (binding.names().contains("applicationId") && binding.value() instanceof Expr.Literal literal && !literal.value().isBlank()) {
            applicationIds.putIfAbsent(unit.module(), literal.value());
          }
        }
      }
    }
    Map<String, String> applications = new LinkedHashMap<>();
    for (String module : modules) {
      boolean root = modules.stream().anyMatch(other -> !other.equals(module) && isAncestor(module, other));
      if (!root) {
        applications.put(module, applicationIds.getOrDefault(module, moduleName.apply(module)));
      }
    }
    return applications;
  }

  private static boolean isAncestor(String module, String other) {
    return other.startsWith(module.endsWith("/") || module.endsWith("\\") ? module : module + "/")
      || other.startsWith(module + "\\") || module.isEmpty();
  }

  /**
   * The occurrences to report: those of an account written in two or more applications of this analysis, or
   * in other projects ({@code otherProjects}: names by fingerprint, this project excluded).
   */
  public List<Shared> find(List<Occurrence> occurrences, Map<String, String> applications, Map<String, List<String>> otherProjects) {
    Map<String, List<Occurrence>> byFingerprint = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      byFingerprint.computeIfAbsent(occurrence.fingerprint(), f -> new ArrayList<>()).add(occurrence);
    }
    List<Shared> result = new ArrayList<>();
    for (Map.Entry<String, List<Occurrence>> account : byFingerprint.entrySet()) {
      List<Occurrence> all = account.getValue();
      Set<String> accountApplications = new TreeSet<>();
      for (Occurrence occurrence : all) {
        String application = applications.get(occurrence.module());
        if (application != null) {
          accountApplications.add(application);
        }
      }
      List<String> projects = otherProjects.getOrDefault(account.getKey(), List.of()).stream().distinct().sorted().toList();
      if (accountApplications.size() < 2 && projects.isEmpty()) {
        continue;
      }
      for (Occurrence occurrence : all) {
        String application = applications.get(occurrence.module());
        List<String> others = accountApplications.size() < 2 ? List.of()
          : accountApplications.stream().filter(a -> !a.equals(application)).toList();
        if (others.isEmpty() && projects.isEmpty()) {
          continue;
        }
        List<Finding.Secondary> secondaries = new ArrayList<>();
        for (Occurrence other : all) {
          String otherApplication = applications.get(other.module());
          if (other != occurrence && otherApplication != null && !otherApplication.equals(application) && secondaries.size() < MAX_SECONDARIES) {
            secondaries.add(new Finding.Secondary(other.location(), "The same " + occurrence.account().provider().name() + " "
              + occurrence.account().label() + ", in " + otherApplication));
          }
        }
        result.add(new Shared(occurrence, message(occurrence, others, projects), secondaries, others, projects));
      }
    }
    result.sort(Comparator.comparing((Shared s) -> s.occurrence().location()));
    return result;
  }

  static String message(Occurrence occurrence, List<String> applications, List<String> projects) {
    AccountId account = occurrence.account();
    List<String> places = new ArrayList<>();
    if (!applications.isEmpty()) {
      places.add(names(applications) + " of this project");
    }
    if (!projects.isEmpty()) {
      places.add((projects.size() == 1 ? "the project " : "the projects ") + names(projects));
    }
    return "This " + account.provider().name() + " " + account.label() + " (" + account.masked() + ") is also hard-coded in "
      + String.join(" and in ", places) + "; " + occurrence.kind().sharedAdvice() + ".";
  }

  private static String names(List<String> names) {
    List<String> shown = new ArrayList<>(names.subList(0, Math.min(NAMED, names.size())));
    if (names.size() > NAMED) {
      shown.add((names.size() - NAMED) + " others");
    }
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
  }

  /** The distinct fingerprints of these occurrences, in order. */
  public static Set<String> fingerprints(List<Occurrence> occurrences) {
    Set<String> result = new LinkedHashSet<>();
    occurrences.forEach(o -> result.add(o.fingerprint()));
    return result;
  }
}
