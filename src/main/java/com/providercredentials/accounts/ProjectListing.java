package com.providercredentials.accounts;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every analysed project the caller may browse, however many the server has, without a request per project
 * (docs/adr/027). SonarQube's project searches return at most the first 10,000 results of a query (Elasticsearch's
 * window), so the listing asks {@code api/components/search_projects} for parts that each fit the window: first by
 * quality gate status (every analysed project has one; a project never analysed holds no account), then, for a part
 * still too large, by ranges of lines of code split in two until each fits. A part that cannot be split (more than
 * the window with the same status and size) is read from both ends of its order by name: up to twice the window.
 * What even that cannot reach is counted in {@link #unread()}, never silently dropped.
 */
final class ProjectListing {

  /** The most results a search returns, whatever the page (Elasticsearch's index.max_result_window; SonarQube 26.9). */
  static final int SEARCH_WINDOW = 10_000;
  /** Projects per page: the most search_projects returns. */
  static final int PAGE = 500;
  private static final String PATH = "api/components/search_projects";
  private static final List<String> GATE_STATUSES = List.of("OK", "ERROR");
  /** First cut of the lines-of-code axis, by orders of magnitude; a range that is still too large is halved. */
  private static final long[] DECADES = {0, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, Long.MAX_VALUE};

  private final LocalApi api;
  private final int window;
  private final int pageSize;
  private final Map<String, String> names = new LinkedHashMap<>();
  private long analysed;
  private long refused;

  private ProjectListing(LocalApi api, int window) {
    this.api = api;
    this.window = window;
    this.pageSize = Math.min(PAGE, window);
  }

  /** Lists the projects; {@code window} is the server's (tests lower it to exercise the parts). */
  static ProjectListing read(LocalApi api, int window) {
    ProjectListing listing = new ProjectListing(api, Math.max(1, Math.min(window, SEARCH_WINDOW)));
    for (String status : GATE_STATUSES) {
      String filter = "alert_status = " + status;
      listing.analysed += listing.part(filter, null);
    }
    return listing;
  }

  /** Key → name of every project listed. */
  Map<String, String> names() {
    return names;
  }

  /** Analysed projects the caller may browse that the listing could not reach (0 but in pathological cases). */
  long unread() {
    return Math.max(0, analysed - names.size() - refused);
  }

  /** Analysed projects the caller may browse, as the search counts them. */
  long analysed() {
    return analysed;
  }

  /**
   * Projects that the search counted but left out of its pages: a project analysis token is counted every project its
   * user may browse and given its own project only.
   */
  long refused() {
    return refused;
  }

  /**
   * Lists one part, splitting it when it is larger than the window; returns how many projects it holds. {@code range}
   * null: the whole part, else [from, to) lines of code.
   */
  private long part(String filter, long[] range) {
    String query = range == null ? filter : filter + nclocFilter(range[0], range[1]);
    JsonObject first = page(query, 1, true);
    long total = total(first);
    if (total <= window) {
      collect(first, Math.min(pageSize, total));
      readPages(query, total, true, 2);
      return total;
    }
    if (range == null) {
      long sum = 0;
      for (int i = 0; i + 1 < DECADES.length; i++) {
        sum += part(filter, new long[] {DECADES[i], DECADES[i + 1]});
      }
      // projects with no lines of code measure (analysed without a language sensor) are in no range
      if (sum < total) {
        readBothEnds(filter, total);
      }
      return total;
    }
    if (range[1] - range[0] > 1) {
      long middle = range[0] + (range[1] - range[0]) / 2;
      return part(filter, new long[] {range[0], middle}) + part(filter, new long[] {middle, range[1]});
    }
    readBothEnds(query, total);
    return total;
  }

  /** A part that cannot be split: the first window by name ascending, then the first window by name descending. */
  private void readBothEnds(String query, long total) {
    readPages(query, total, true, 1);
    if (total > window) {
      readPages(query, total - window, false, 1);
    }
  }

  private void readPages(String query, long count, boolean ascending, int fromPage) {
    long reachable = Math.min(count, window);
    for (int page = fromPage; (long) (page - 1) * pageSize < reachable; page++) {
      collect(page(query, page, ascending), Math.min(pageSize, reachable - (long) (page - 1) * pageSize));
    }
  }

  private static String nclocFilter(long from, long to) {
    return " and ncloc >= " + from + (to == Long.MAX_VALUE ? "" : " and ncloc < " + to);
  }

  private JsonObject page(String filter, int page, boolean ascending) {
    return api.get(PATH, Map.of("filter", filter, "ps", String.valueOf(pageSize), "p", String.valueOf(page), "s", "name",
      "asc", String.valueOf(ascending)));
  }

  private static long total(JsonObject answer) {
    return answer.get("paging").asObject().getLong("total", 0);
  }

  private void collect(JsonObject answer, long expected) {
    refused += Math.max(0, expected - answer.get("components").asArray().size());
    for (JsonValue component : answer.get("components").asArray()) {
      names.put(component.asObject().getString("key", ""), component.asObject().getString("name", ""));
    }
  }
}
