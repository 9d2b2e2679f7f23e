package com.providercredentials.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.ce.measure.Component;
import org.sonar.api.ce.measure.Issue;
import org.sonar.api.ce.measure.MeasureComputer.MeasureComputerDefinition;
import org.sonar.api.measures.Metric;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.testfixtures.measure.TestComponent;
import org.sonar.api.testfixtures.measure.TestIssue;
import org.sonar.api.testfixtures.measure.TestMeasureComputerContext;
import org.sonar.api.testfixtures.measure.TestMeasureComputerDefinitionContext;
import org.sonar.api.testfixtures.measure.TestSettings;

class HardCodedCredentialsComputerTest {

  private static final String KEY = CredentialsMetrics.HARDCODED_KEY;
  private final HardCodedCredentialsComputer computer = new HardCodedCredentialsComputer(
    List.of("credentials-java", "credentials-kotlin", "credentials-xml", "credentials-files"));
  private final MeasureComputerDefinition definition = computer.define(new TestMeasureComputerDefinitionContext());

  @Test
  void the_metric_is_a_visible_qualitative_security_count_and_the_only_one() {
    Metric<Integer> metric = CredentialsMetrics.HARDCODED;
    assertThat(metric.getKey()).isEqualTo("credentials_hardcoded");
    assertThat(metric.getName()).isEqualTo("Hard-coded credentials");
    assertThat(metric.getType()).isEqualTo(Metric.ValueType.INT);
    assertThat(metric.getDirection()).isEqualTo(Metric.DIRECTION_WORST);
    assertThat(metric.getQualitative()).isTrue();
    assertThat(metric.getDomain()).isEqualTo("Security");
    assertThat(metric.isHidden()).isFalse();
    assertThat(metric.getBestValue()).isEqualTo(0.0);
    // no "on new code" variant: the compute engine's API does not say which issues are new (docs/adr/022)
    assertThat(new CredentialsMetrics().getMetrics()).containsExactly(metric);
  }

  @Test
  void it_writes_only_its_measure_and_reads_none() {
    assertThat(definition.getOutputMetrics()).containsExactly(KEY);
    assertThat(definition.getInputMetrics()).isEmpty();
  }

  @Test
  void a_file_counts_the_open_issues_of_every_rule_of_ours() {
    TestMeasureComputerContext context = context(Component.Type.FILE);
    context.setIssues(List.of(
      open("credentials-java:TwilioCredentials"),
      open("credentials-java:ClientSideAccountCredentials"),
      open("credentials-kotlin:SharedAccountSid"),
      open("credentials-xml:AwsCredentials"),
      open("credentials-files:StripeCredentials"),
      open("java:S6437"),
      open("secrets:S6702")));
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isEqualTo(5);
  }

  @Test
  void fixed_accepted_and_false_positive_issues_do_not_count() {
    TestMeasureComputerContext context = context(Component.Type.FILE);
    context.setIssues(List.of(
      open("credentials-java:TwilioCredentials"),
      resolved("credentials-java:TwilioCredentials", "CLOSED", "FIXED"),
      resolved("credentials-java:AwsCredentials", "CLOSED", "REMOVED"),
      resolved("credentials-java:StripeCredentials", "RESOLVED", "WONTFIX"),
      resolved("credentials-java:SendGridCredentials", "RESOLVED", "FALSE-POSITIVE"),
      issue("credentials-java:SlackCredentials", "CONFIRMED", null),
      issue("credentials-java:PlivoCredentials", "REOPENED", null)));
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isEqualTo(3);
  }

  @Test
  void a_file_without_our_issues_measures_zero() {
    TestMeasureComputerContext context = context(Component.Type.FILE);
    context.setIssues(List.of(open("java:S6437")));
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isZero();
  }

  @Test
  void a_directory_sums_its_children() {
    TestMeasureComputerContext context = context(Component.Type.DIRECTORY);
    context.addChildrenMeasures(KEY, 2, 0, 3);
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isEqualTo(5);
  }

  @Test
  void the_project_sums_its_children_and_its_own_issues() {
    TestMeasureComputerContext context = context(Component.Type.PROJECT);
    context.addChildrenMeasures(KEY, 5, 1);
    context.setIssues(List.of(open("credentials-files:AwsCredentials"), resolved("credentials-files:AwsCredentials", "CLOSED", "FIXED")));
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isEqualTo(7);
  }

  @Test
  void a_project_without_credentials_measures_zero_so_that_a_gate_condition_has_a_value() {
    TestMeasureComputerContext context = context(Component.Type.PROJECT);
    computer.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isZero();
  }

  @Test
  void the_repositories_are_given_by_the_plugin() {
    HardCodedCredentialsComputer xmlOnly = new HardCodedCredentialsComputer(List.of("credentials-xml"));
    TestMeasureComputerContext context = new TestMeasureComputerContext(
      new TestComponent("p:res/values/keys.xml", Component.Type.FILE, new TestComponent.FileAttributesImpl("xml", false)),
      new TestSettings(), xmlOnly.define(new TestMeasureComputerDefinitionContext()));
    context.setIssues(List.of(open("credentials-xml:AwsCredentials"), open("credentials-java:AwsCredentials")));
    xmlOnly.compute(context);
    assertThat(context.getMeasure(KEY).getIntValue()).isEqualTo(1);
  }

  private TestMeasureComputerContext context(Component.Type type) {
    Component component = type == Component.Type.FILE
      ? new TestComponent("p:app/src/main/java/Keys.java", type, new TestComponent.FileAttributesImpl("java", false))
      : new TestComponent(type == Component.Type.PROJECT ? "p" : "p:app/src", type, null);
    return new TestMeasureComputerContext(component, new TestSettings(), definition);
  }

  private static Issue open(String rule) {
    return issue(rule, "OPEN", null);
  }

  private static Issue resolved(String rule, String status, String resolution) {
    return issue(rule, status, resolution);
  }

  private static int counter;

  private static Issue issue(String rule, String status, String resolution) {
    return new TestIssue.Builder()
      .setKey("issue-" + (++counter))
      .setRuleKey(RuleKey.parse(rule))
      .setStatus(status)
      .setResolution(resolution)
      .setSeverity("BLOCKER")
      .setType(org.sonar.api.rules.RuleType.VULNERABILITY)
      .setEffort(org.sonar.api.utils.Duration.create(30))
      .build();
  }
}
