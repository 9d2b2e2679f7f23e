package com.providercredentials.java;

import com.providercredentials.analysis.OneFileAnalysis;
import com.providercredentials.analysis.Providers;
import com.providercredentials.core.Finding;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.FileReaders;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * The Java rules as SonarQube for IDE runs them (docs/adr/024): there, sonar-java runs the checks that plugins register
 * but no sensor of theirs, so each rule is a check of its own (one subclass per rule key is generated at build time,
 * {@code com.providercredentials.java.rules}) that reports the findings of its rule in the file. The file is read and
 * decided once, by {@link OneFileAnalysis}, whichever rules are active.
 */
public abstract class JavaIdeCheck implements JavaFileScanner {

  /** Whether a rule built into SonarQube is active in this analysis (set by the registrar: checks are made by sonar-java). */
  private static volatile Predicate<String> builtInActive = rule -> false;

  private final String rule = getClass().getAnnotation(Rule.class).key();

  static void builtInRulesActive(Predicate<String> active) {
    builtInActive = active;
  }

  @Override
  public void scanFile(JavaFileScannerContext context) {
    Object reading = context.getTree() != null ? context.getTree() : context;
    for (Finding finding : OneFileAnalysis.findings(rule, reading, () -> read(context), builtInActive)) {
      report(context, finding);
    }
  }

  private static List<SourceUnit> read(JavaFileScannerContext context) {
    return OneFileAnalysis.read(context.getInputFile(),
      code -> JavaCandidateScanner.read(context, code, Providers.detector(), FileReaders.of(Providers.detector()), null));
  }

  private void report(JavaFileScannerContext context, Finding finding) {
    Tree primary = JavaTreeAt.find(context.getTree(), finding.location());
    if (primary == null) {
      context.addIssue(finding.location().startLine(), this, finding.message());
      return;
    }
    List<JavaFileScannerContext.Location> secondaries = new ArrayList<>();
    for (Finding.Secondary secondary : finding.secondaries()) {
      Tree tree = secondary.location().file().equals(finding.location().file()) ? JavaTreeAt.find(context.getTree(), secondary.location()) : null;
      if (tree != null) {
        secondaries.add(new JavaFileScannerContext.Location(secondary.message(), tree));
      }
    }
    context.reportIssue(this, primary, finding.message(), secondaries, null);
  }
}
