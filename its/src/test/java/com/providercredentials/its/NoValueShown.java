package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.util.List;

/** A sample's secrets never show, not even their first characters, in the scanner's log or in an issue the server returns. */
final class NoValueShown {

  private NoValueShown() {
  }

  /** Checks the first {@code characters} of each value against the log and every issue's JSON. */
  static void in(SonarQube.Result scan, List<Issue> issues, List<String> values, int characters) {
    for (String value : values) {
      String start = value.substring(0, characters);
      assertThat(scan.output()).doesNotContain(start);
      assertThat(issues).allSatisfy(i -> assertThat(i.json().toString()).doesNotContain(start));
    }
  }
}
