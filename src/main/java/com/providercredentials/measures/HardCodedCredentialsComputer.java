package com.providercredentials.measures;

import java.util.List;
import java.util.Set;
import org.sonar.api.ce.measure.Component;
import org.sonar.api.ce.measure.Issue;
import org.sonar.api.ce.measure.Measure;
import org.sonar.api.ce.measure.MeasureComputer;

/**
 * Computes {@link CredentialsMetrics#HARDCODED} on the compute engine, where the issues of every sensor are known:
 * our Java and Kotlin rules report inside sonar-java's and sonar-kotlin's sensors, so only the server sees them all.
 * On a file, its open issues of the given rule repositories; on a directory or the project, the sum of its children
 * plus its own. Open is SonarQube's own sense ({@code violations}): no resolution, so fixed, accepted and false-positive
 * issues do not count.
 *
 * <p>No "on new code" variant: the issues this API gives a plugin say neither whether they are new nor when they were
 * created (docs/adr/022).
 */
public class HardCodedCredentialsComputer implements MeasureComputer {

  private final Set<String> repositories;

  /** @param repositories the rule repositories whose issues count */
  public HardCodedCredentialsComputer(List<String> repositories) {
    this.repositories = Set.copyOf(repositories);
  }

  @Override
  public MeasureComputerDefinition define(MeasureComputerDefinitionContext context) {
    return context.newDefinitionBuilder()
      .setOutputMetrics(CredentialsMetrics.HARDCODED_KEY)
      .build();
  }

  @Override
  public void compute(MeasureComputerContext context) {
    int count = (int) context.getIssues().stream().filter(this::counts).count();
    if (context.getComponent().getType() != Component.Type.FILE) {
      for (Measure child : context.getChildrenMeasures(CredentialsMetrics.HARDCODED_KEY)) {
        count += child.getIntValue();
      }
    }
    context.addMeasure(CredentialsMetrics.HARDCODED_KEY, count);
  }

  private boolean counts(Issue issue) {
    return issue.resolution() == null && repositories.contains(issue.ruleKey().repository());
  }
}
