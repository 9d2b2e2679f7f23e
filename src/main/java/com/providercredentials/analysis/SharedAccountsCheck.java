package com.providercredentials.analysis;

import com.providercredentials.accounts.AccountsMeasure;
import com.providercredentials.accounts.AccountsMetric;
import com.providercredentials.accounts.SharedAccountsClient;
import com.providercredentials.accounts.SharedAccountsLookup;
import com.providercredentials.accounts.SharedAccountsSettings;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.Fingerprints;
import com.providercredentials.core.SharedAccounts;
import com.providercredentials.core.SharedAccounts.Occurrence;
import com.providercredentials.core.SourceUnit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.SonarProduct;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.config.Configuration;
import org.sonar.api.rule.RuleKey;

/**
 * Rule SharedAccountSid, the part that needs SonarQube: stores this project's account fingerprints as a
 * hidden measure, asks the server which other projects hold the same accounts, and raises the issues the
 * core finds. Every failure of the cross-project part is one INFO line; the analysis goes on.
 */
final class SharedAccountsCheck {

  static final String RULE = "SharedAccountSid";
  private static final Logger LOG = LoggerFactory.getLogger(SharedAccountsCheck.class);

  private final ProjectCandidates candidates;
  private final Function<SensorContext, SharedAccountsLookup> clients;

  SharedAccountsCheck(ProjectCandidates candidates) {
    this(candidates, SharedAccountsCheck::client);
  }

  SharedAccountsCheck(ProjectCandidates candidates, Function<SensorContext, SharedAccountsLookup> clients) {
    this.candidates = candidates;
    this.clients = clients;
  }

  /** Returns how many issues were raised. */
  int run(SensorContext context, Detector.Result result, List<SourceUnit> units) {
    Configuration config = context.config();
    Set<String> exclusions = new LinkedHashSet<>(List.of(config.getStringArray(SharedAccountsSettings.EXCLUSIONS)));
    Fingerprints fingerprints = new Fingerprints(config.get(SharedAccountsSettings.FINGERPRINT_KEY).filter(k -> !k.isBlank()).orElse(Fingerprints.DEFAULT_KEY));
    SharedAccounts shared = new SharedAccounts(fingerprints, o -> exclusions.contains(o.identifier()) || exclusions.contains(o.fingerprint())
      || exclusions.contains(o.account().value()));
    List<Occurrence> occurrences = shared.occurrences(result.identifiers());
    if (occurrences.isEmpty()) {
      return 0;
    }
    Path base = context.fileSystem().baseDir().toPath().toAbsolutePath().normalize();
    Map<String, String> applications = SharedAccounts.applications(units, module -> moduleName(base, module));
    Map<String, List<String>> otherProjects = Map.of();
    if (crossProject(context)) {
      saveMeasure(context, occurrences);
      long start = System.nanoTime();
      SharedAccountsClient.Outcome outcome = clients.apply(context).lookup(SharedAccounts.fingerprints(occurrences), context.project().key());
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (outcome.skipped() != null) {
        LOG.info("Provider Credentials: shared accounts were not looked up in other projects: {}.", outcome.skipped());
      } else {
        otherProjects = outcome.projectsByFingerprint();
        LOG.info("Provider Credentials: {} account(s) looked up in other projects ({} request(s), {} ms): {} also hard-coded elsewhere{}",
          SharedAccounts.fingerprints(occurrences).size(), outcome.requests(), millis, otherProjects.size(),
          outcome.partial() == null ? "" : " (" + outcome.partial() + ")");
      }
    }
    int raised = 0;
    for (SharedAccounts.Shared issue : shared.find(occurrences, applications, otherProjects)) {
      raised += report(context, issue) ? 1 : 0;
    }
    return raised;
  }

  private static boolean crossProject(SensorContext context) {
    if (context.runtime().getProduct() != SonarProduct.SONARQUBE) {
      return false;
    }
    if (!context.config().getBoolean(SharedAccountsSettings.CROSS_PROJECT).orElse(true)) {
      LOG.info("Provider Credentials: shared accounts are not looked up in other projects ({}=false).", SharedAccountsSettings.CROSS_PROJECT);
      return false;
    }
    return true;
  }

  private static SharedAccountsLookup client(SensorContext context) {
    Configuration config = context.config();
    String url = config.get("sonar.host.url").orElse("http://localhost:9000");
    String token = config.get("sonar.token").or(() -> config.get("sonar.login")).orElse(null);
    long timeout = config.getLong(SharedAccountsSettings.TIMEOUT).orElse(30_000L);
    return new SharedAccountsClient(url, token, Duration.ofMillis(Math.max(1, timeout)));
  }

  private void saveMeasure(SensorContext context, List<Occurrence> occurrences) {
    Map<String, Occurrence> first = new LinkedHashMap<>();
    Map<String, Set<String>> files = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      first.putIfAbsent(occurrence.fingerprint(), occurrence);
      InputFile file = candidates.file(occurrence.location().file());
      if (file != null) {
        files.computeIfAbsent(occurrence.fingerprint(), f -> new LinkedHashSet<>()).add(file.toString().replace('\\', '/'));
      }
    }
    List<AccountsMeasure.Account> accounts = new ArrayList<>();
    first.forEach((fingerprint, o) -> accounts.add(new AccountsMeasure.Account(fingerprint, o.account().provider().id(), o.account().kind(),
      o.account().label(), o.account().masked(), files.getOrDefault(fingerprint, Set.of()))));
    context.<String>newMeasure().forMetric(AccountsMetric.ACCOUNTS).on(context.project()).withValue(AccountsMeasure.write(accounts)).save();
  }

  private boolean report(SensorContext context, SharedAccounts.Shared shared) {
    InputFile file = candidates.file(shared.occurrence().location().file());
    if (file == null) {
      return false;
    }
    RuleKey rule = RuleKey.of(Repositories.forLanguage(file.language()), RULE);
    if (context.activeRules().find(rule) == null) {
      return false;
    }
    NewIssue issue = context.newIssue().forRule(rule);
    issue.at(CredentialsSensor.location(issue.newLocation(), file, shared.occurrence().location()).message(shared.message()));
    for (Finding.Secondary secondary : shared.secondaries()) {
      InputFile secondaryFile = candidates.file(secondary.location().file());
      if (secondaryFile != null) {
        issue.addLocation(CredentialsSensor.location(issue.newLocation(), secondaryFile, secondary.location()).message(secondary.message()));
      }
    }
    issue.save();
    return true;
  }

  static String moduleName(Path base, String module) {
    try {
      String relative = base.relativize(Path.of(module).toAbsolutePath().normalize()).toString().replace('\\', '/');
      return relative.isEmpty() ? "the root module" : relative;
    } catch (IllegalArgumentException e) {
      return Path.of(module).getFileName() == null ? module : Path.of(module).getFileName().toString();
    }
  }
}
