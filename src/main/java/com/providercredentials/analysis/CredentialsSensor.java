package com.providercredentials.analysis;

import com.providercredentials.core.Detector;
import com.providercredentials.core.Finding;
import com.providercredentials.core.InjectedCredentials;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import javax.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.TextRange;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.batch.sensor.issue.NewIssueLocation;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.scanner.sensor.ProjectSensor;
import org.sonar.api.utils.Version;

/**
 * Runs once per analysis, after the language sensors: hands what every front-end found to the detection
 * core and raises the issues, each in the repository of the language of the file that holds the secret.
 */
public class CredentialsSensor implements ProjectSensor {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialsSensor.class);

  private final ProjectCandidates candidates;

  public CredentialsSensor(ProjectCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("Provider Credentials");
  }

  @Override
  public void execute(SensorContext context) {
    candidates.configure(context.config());
    // the language sensors are done: what they did not ask for is not needed
    candidates.ahead().stop();
    long entered = System.nanoTime();
    candidates.awaitSpecs();
    Detector detector = Providers.detector();
    // the specs were read once, when first needed: if that was before this sensor (sonar-java registering our checks,
    // the Kotlin front-end), it is in no time of ours yet; read ahead, only what was waited for is (docs/adr/030)
    if (!Providers.readAhead()) {
      candidates.timings().add(AnalysisTimings.Part.SETUP, Providers.setupNanosBefore(entered));
    }
    new FileAnalysis(candidates).run(context.fileSystem());
    // the jars, AARs and apps the modules bundle or build: their findings are placed on the lines that declare them
    // (docs/adr/029); an app's BuildConfig values go to the build outputs' reading
    BinaryAnalysis binaries = new BinaryAnalysis(candidates, detector);
    binaries.run(context.config(), context.fileSystem());
    long outputs = candidates.nanoTime();
    // values injected from outside the project (CI secrets), read back from the build output when it is there;
    // what was read back stands where no built-in rule reads it: never left to one
    InjectedReads readBack = new InjectedReads();
    for (SourceUnit unit : BuildOutputs.read(candidates.units(), binaries::buildConfigFields)) {
      readBack.add(unit);
      InputFile script = candidates.file(unit.file());
      if (script != null) {
        candidates.add(script, unit);
      }
    }
    candidates.timings().add(AnalysisTimings.Part.FILES, candidates.nanoTime() - outputs);
    long start = candidates.nanoTime();
    Detector.Result result = binaries.place(detector.detect(candidates.units()));
    long detected = candidates.nanoTime();
    candidates.timings().add(AnalysisTimings.Part.DETECTION, detected - start);
    int reported = 0;
    int leftToBuiltIns = 0;
    boolean contexts = supportsDescriptionContexts(context);
    // the provider rules' findings with the guidance that fits them, and rule ClientSideAccountCredentials
    // on the line that injects a value read back, the places the app's code reads it (docs/adr/028)
    List<Finding> findings = readBack.withReads(result.findings(), candidates.units());
    for (Finding finding : Providers.clientSide().run(candidates.units(), findings)) {
      if (!contexts) {
        finding = finding.withContext(null, finding.android());
      }
      if (!readBack.contains(finding.location()) && reportedByActiveBuiltIn(context, finding)) {
        leftToBuiltIns++;
        continue;
      }
      if (report(context, finding)) {
        reported++;
      }
    }
    // a server credential the build takes from outside the project and writes into the app: its line, unless the
    // build output said what the value was and it is reported there already (docs/adr/028)
    java.util.Set<SourceRange> reportedAt = new java.util.HashSet<>();
    result.findings().forEach(f -> reportedAt.add(f.location()));
    for (Finding finding : new InjectedCredentials(detector.specs()).find(candidates.units())) {
      if (!reportedAt.contains(finding.location()) && report(context, contexts ? finding : finding.withContext(null, true))) {
        reported++;
      }
    }
    if (leftToBuiltIns > 0) {
      LOG.info("Provider Credentials: {} credential(s) left to the built-in rules that report them at the same place (docs/adr/020)", leftToBuiltIns);
    }
    int shared = new SharedAccountsCheck(candidates).run(context, result, candidates.units());
    candidates.timings().add(AnalysisTimings.Part.REPORT, candidates.nanoTime() - detected);
    LOG.info("Provider Credentials: {} credential(s) and {} shared account occurrence(s) reported in {} file(s) with candidates",
      reported, shared, candidates.units().size());
    LOG.info(candidates.timings().summary() + candidates.ahead().summary());
    candidates.clear();
  }

  /**
   * Whether a rule built into SonarQube that reports the same value at the same place is active: one issue is enough,
   * and ours, with no pair to add, would say nothing more (docs/adr/020).
   */
  static boolean reportedByActiveBuiltIn(SensorContext context, Finding finding) {
    for (String rule : finding.alsoReportedBy()) {
      if (context.activeRules().find(RuleKey.parse(rule)) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean report(SensorContext context, Finding finding) {
    InputFile file = candidates.file(finding.location().file());
    if (file == null) {
      return false;
    }
    String repository = Repositories.forLanguage(file.language());
    if (repository == null) {
      return false;
    }
    RuleKey rule = RuleKey.of(repository, finding.rule());
    if (context.activeRules().find(rule) == null) {
      return false;
    }
    NewIssue issue = context.newIssue().forRule(rule);
    issue.at(location(issue.newLocation(), file, finding.location()).message(finding.message()));
    if (finding.context() != null) {
      issue.setRuleDescriptionContextKey(finding.context());
    }
    for (Finding.Secondary secondary : finding.secondaries()) {
      InputFile secondaryFile = candidates.file(secondary.location().file());
      if (secondaryFile != null) {
        issue.addLocation(location(issue.newLocation(), secondaryFile, secondary.location()).message(secondary.message()));
      }
    }
    issue.save();
    return true;
  }

  /**
   * Whether issues may open a "How to fix it in ..." context of their rule's description: plugin API 9.8 and
   * newer (the scanner of SonarQube 26.9 reports 13.8). Older scanners get the rule's default description.
   */
  static boolean supportsDescriptionContexts(SensorContext context) {
    return context.runtime().getApiVersion().isGreaterThanOrEqual(Version.create(9, 8));
  }

  static NewIssueLocation location(NewIssueLocation location, InputFile file, SourceRange range) {
    location.on(file);
    TextRange textRange = textRange(file, range);
    if (textRange != null) {
      location.at(textRange);
    }
    return location;
  }

  /** The exact range, or the whole first line when the range does not fit the file as the scanner read it. */
  @Nullable
  public static TextRange textRange(InputFile file, SourceRange range) {
    try {
      return file.newRange(range.startLine(), range.startColumn(), range.endLine(), range.endColumn());
    } catch (IllegalArgumentException outOfFile) {
      try {
        return file.selectLine(range.startLine());
      } catch (IllegalArgumentException noSuchLine) {
        return null;
      }
    }
  }

  List<String> repositories() {
    return List.of(Repositories.JAVA, Repositories.KOTLIN, Repositories.XML);
  }
}
