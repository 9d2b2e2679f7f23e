package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Provider credentials pages in a real browser (Debian's headless Chromium) on the real server: three apps of one
 * company hard-code one Twilio account, two of them one AWS account, and one app a Twilio account of its own. The test
 * reads what a person sees (accounts, projects, counts, links), follows a link to the issues, checks that no identifier
 * is ever unmasked, and that a viewer who may not browse a project sees neither it nor what only it holds. Screenshots
 * are kept in {@code its/target/screenshots/}.
 */
@ExtendWith(SonarQubeExtension.class)
class ProviderCredentialsPageTest {

  private static final String RIDES = "its-page-rides";
  private static final String DRIVERS = "its-page-drivers";
  private static final String BILLING = "its-page-billing";
  private static final List<String> PROJECTS = List.of(RIDES, DRIVERS, BILLING);
  /** Every identifier and secret of the three apps, whole or in part: none may ever be on a page. */
  private static final List<String> SECRETS = List.of("ACfd6c0e63a78664d82aec86ce81b06ee4", "fd6c0e63a78664d82aec86ce81b06ee4",
    "ACb8db892a5f05329fa89f5d0f1d593bc4", "b8db892a5f05329fa89f5d0f1d593bc4", "64f7f9f1a8398b7c536fe3b1d4ccf5d5", "AKIATHCZLVXKDYPMTB2J",
    "THCZLVXKDYPMTB2J", "yCFepqkhJTXmuRgvIyE/EAcXDCzxQd/5ccHSUkFu");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  /**
   * The security lead, granted Browse on the private project. Not a system administrator: while the built-in admin keeps
   * its default password, SonarQube shows administrators nothing but the page that changes it.
   */
  private static final String LEAD = "page-lead";
  private static final String LEAD_PASSWORD = "Page-lead-2026!";
  private static final String VIEWER = "page-viewer";
  private static final String VIEWER_PASSWORD = "Page-viewer-2026!";

  private static SonarQube server;

  @BeforeAll
  static void analyse(SonarQube sonarQube) {
    server = sonarQube;
    PROJECTS.forEach(server::deleteProjectIfExists);
    // Rides first knows of no other project; analysed again last, it learns of the two others
    for (String project : List.of(RIDES, DRIVERS, BILLING, RIDES)) {
      SonarQube.Result result = server.scan(Projects.path(server, project.substring("its-".length())), project);
      assertThat(result.exitCode()).as(result.output()).isZero();
    }
    // Billing is private: only those granted may browse it
    server.post("api/projects/update_visibility", Map.of("project", BILLING, "visibility", "private"));
    for (String permission : List.of("user", "codeviewer", "issueadmin", "securityhotspotadmin")) {
      server.post("api/permissions/remove_group", Map.of("projectKey", BILLING, "groupName", "sonar-users", "permission", permission));
    }
    server.createUserIfAbsent(VIEWER, VIEWER_PASSWORD);
    server.createUserIfAbsent(LEAD, LEAD_PASSWORD);
    for (String permission : List.of("user", "codeviewer")) {
      server.post("api/permissions/add_user", Map.of("projectKey", BILLING, "login", LEAD, "permission", permission));
    }
  }

  @AfterAll
  static void cleanUp() {
    // accounts shared between public projects would show in SharedAccountsTest's server-wide expectations
    PROJECTS.forEach(server::deleteProjectIfExists);
  }

  @Test
  void the_global_page_shows_every_account_its_projects_and_links_to_their_issues() {
    try (Browser browser = new Browser(server.url()).login(LEAD, LEAD_PASSWORD)) {
      WebElement page = browser.openExtension("/extension/credentials/accounts");
      assertThat(page.getAttribute("data-state")).isEqualTo("ready");
      browser.fullScreenshot(SCREENSHOTS.resolve("provider-credentials-global.png"));

      // other tests' projects may be listed too: the rows of these three apps, in order
      assertThat(rows(page)).containsSubsequence(
        "Account SID AC…6ee4 | 3 | Billing app/src/main/res/values/keys.xml | 1 open issue",
        "Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "Rides app/src/main/java/com/example/rides/Sms.java | 3 open issues",
        "Account SID AC…3bc4 | 1 | Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "account …7668, key AKIA…TB2J | 2 | Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "Rides app/src/main/res/values/keys.xml | 2 open issues");
      assertThat(text(page)).contains("Twilio").contains("AWS")
        .contains("hard-coded in more than one project");
      // the picture: one node per account, one line per project that holds it, each saying what it joins
      assertThat(texts(page, "[data-test=account-node] text")).contains("Twilio Account SID AC…6ee4 · 3 projects",
        "AWS account …7668, key AKIA…TB2J · 2 projects", "Twilio Account SID AC…3bc4 · 1 project");
      assertThat(texts(page, "[data-test=edge] title")).filteredOn(t -> t.contains("6ee4") || t.contains("7668") || t.contains("3bc4"))
        .containsExactlyInAnyOrder(
          "Twilio Account SID AC…6ee4 in Billing: 1 open issue", "Twilio Account SID AC…6ee4 in Drivers: 2 open issues",
          "Twilio Account SID AC…6ee4 in Rides: 3 open issues", "AWS account …7668, key AKIA…TB2J in Drivers: 2 open issues",
          "AWS account …7668, key AKIA…TB2J in Rides: 2 open issues", "Twilio Account SID AC…3bc4 in Drivers: 2 open issues");
      assertThat(texts(page, "[data-test=project-node] text")).contains("Billing · 1 open issue", "Drivers · 2 open issues",
        "Rides · 5 open issues");

      assertNothingUnmasked(browser.pageSource());
      assertNothingUnmasked(text(page));

      // a link leads to the issues of that account in that project
      String link = page.findElements(By.cssSelector("[data-test=issues]")).stream()
        .filter(a -> a.getAttribute("href").contains("id=" + DRIVERS)).findFirst().orElseThrow().getAttribute("href");
      assertThat(link).contains("/project/issues?id=" + DRIVERS + "&files=app%2Fsrc%2Fmain%2Fkotlin%2Fcom%2Fexample%2Fdrivers%2FConfig.kt")
        .contains("rules=credentials-kotlin%3ASharedAccountSid").contains("resolved=false");
      String issues = browser.openAndWaitFor(link, "is also hard-coded in the project");
      assertThat(issues).contains("This Twilio Account SID (AC…6ee4) is also hard-coded in the project");
      browser.screenshot(SCREENSHOTS.resolve("provider-credentials-link.png"));
    }
  }

  @Test
  void the_project_page_shows_the_accounts_of_one_project_and_where_else_they_are() {
    try (Browser browser = new Browser(server.url()).login(LEAD, LEAD_PASSWORD)) {
      WebElement page = browser.openExtension("/project/extension/credentials/project?id=" + BILLING);
      browser.fullScreenshot(SCREENSHOTS.resolve("provider-credentials-project.png"));
      assertThat(rows(page)).containsExactly(
        "Account SID AC…6ee4 | 3 | Billing (this project) app/src/main/res/values/keys.xml | 1 open issue",
        "Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "Rides app/src/main/java/com/example/rides/Sms.java | 3 open issues");
      assertNothingUnmasked(browser.pageSource());
    }
  }

  @Test
  void a_viewer_sees_neither_a_project_it_may_not_browse_nor_its_accounts() {
    try (Browser browser = new Browser(server.url()).login(VIEWER, VIEWER_PASSWORD)) {
      WebElement page = browser.openExtension("/extension/credentials/accounts");
      browser.fullScreenshot(SCREENSHOTS.resolve("provider-credentials-viewer.png"));
      List<String> rows = rows(page);
      assertThat(rows).containsExactly(
        "Account SID AC…6ee4 | 2 | Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "Rides app/src/main/java/com/example/rides/Sms.java | 3 open issues",
        "Account SID AC…3bc4 | 1 | Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "account …7668, key AKIA…TB2J | 2 | Drivers app/src/main/kotlin/com/example/drivers/Config.kt | 2 open issues",
        "Rides app/src/main/res/values/keys.xml | 2 open issues");
      assertThat(text(page)).doesNotContain("Billing").doesNotContain(BILLING);
      assertThat(browser.pageSource()).doesNotContain(BILLING);
      assertNothingUnmasked(browser.pageSource());
    }
    // the web service behind the page answers the same, and nothing for the private project itself
    JsonNode forViewer = server.json(server.getAs(VIEWER + ":" + VIEWER_PASSWORD, "api/credentials/accounts", Map.of("project", BILLING)).body());
    assertThat(forViewer.get("accounts")).isEmpty();
  }

  @Test
  void the_listing_split_under_a_small_search_window_reads_the_same_accounts() {
    JsonNode whole = server.get("api/credentials/accounts", Map.of());
    server.post("api/settings/set", Map.of("key", "sonar.credentials.internal.searchWindow", "value", "2"));
    try {
      JsonNode split = server.get("api/credentials/accounts", Map.of());
      assertThat(split.get("projectsUnread").asLong()).isZero();
      assertThat(split.get("requests").asInt()).isGreaterThan(whole.get("requests").asInt());
      assertThat(summary(split)).isEqualTo(summary(whole)).contains("twilio AC…6ee4 [" + BILLING + ", " + DRIVERS + ", " + RIDES + "]");
      // the service behind the page shows no identifier either, whole or in part
      assertNothingUnmasked(whole.toString() + server.get("api/credentials/accounts", Map.of("project", RIDES))
        + server.get("api/credentials/shared_accounts", Map.of()));
    } finally {
      server.post("api/settings/reset", Map.of("keys", "sonar.credentials.internal.searchWindow"));
    }
  }

  private static List<String> summary(JsonNode answer) {
    return StreamSupport.stream(answer.get("accounts").spliterator(), false)
      .map(a -> a.get("provider").asText() + " " + a.get("masked").asText() + " "
        + StreamSupport.stream(a.get("projects").spliterator(), false).map(p -> p.get("key").asText()).sorted().toList())
      .sorted().toList();
  }

  /** Each row of the accounts table as a person reads it, cells separated by " | ". */
  private static List<String> rows(WebElement page) {
    return page.findElements(By.cssSelector("[data-test=accounts] tbody tr[data-test=row]")).stream()
      .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream()
        .map(td -> td.getDomProperty("innerText").trim().replace('\n', ' ')).toList()))
      .toList();
  }

  /** The text of each element that the selector finds, SVG included (innerText is for HTML only). */
  private static List<String> texts(WebElement page, String selector) {
    return page.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomProperty("textContent").trim()).toList();
  }

  private static String text(WebElement element) {
    return element.getDomProperty("innerText");
  }

  private static void assertNothingUnmasked(String text) {
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
  }
}
