package com.providercredentials.accounts;

import com.providercredentials.core.Fingerprints;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.api.config.Configuration;
import org.sonar.api.server.ServerSide;
import org.sonar.api.server.ws.Request;
import org.sonar.api.server.ws.Response;
import org.sonar.api.server.ws.WebService;
import org.sonar.api.utils.text.JsonWriter;

/**
 * {@code GET api/credentials/shared_accounts}: the provider accounts hard-coded in more than one project, for
 * admins, scripts and the analyses themselves, and {@code GET api/credentials/accounts} ({@link AccountsAction}) for the
 * Provider credentials page. Both read the projects the caller may browse and their {@link AccountsMetric} measures
 * through SonarQube's own web services, as the caller ({@link ServerAccounts}): permissions are SonarQube's, and no
 * identifier is ever in an answer (fingerprints and masked forms only).
 */
@ServerSide
public class SharedAccountsWebService implements WebService {

  static final String CONTROLLER = "api/credentials";
  static final String ACTION = "shared_accounts";
  static final String PARAM_PROJECT = "project";
  static final String PARAM_FINGERPRINTS = "fingerprints";
  static final String PARAM_EXCLUDE = "exclude";
  static final int MAX_FINGERPRINTS = 100;
  /**
   * Lowers the search window that the listing of projects works under (default and maximum 10,000): not for users,
   * it lets the integration tests split the listing with a handful of projects as a server of 20,000 does.
   */
  static final String SEARCH_WINDOW = "sonar.credentials.internal.searchWindow";

  private final Configuration config;
  private final PluginCatalog catalog;

  public SharedAccountsWebService(Configuration config, PluginCatalog catalog) {
    this.config = config;
    this.catalog = catalog;
  }

  @Override
  public void define(Context context) {
    NewController controller = context.createController(CONTROLLER)
      .setDescription("Provider Credentials: provider accounts hard-coded in several projects.")
      .setSince("1.0");
    NewAction action = controller.createAction(ACTION)
      .setDescription("Lists the provider accounts (Twilio Account SIDs and API keys, AWS accounts, ...) hard-coded in more than one "
        + "project, with the projects and files that hold them. Only projects the caller may browse are read and listed. "
        + "Identifiers are never returned: each account has a keyed fingerprint and a masked form. With '" + PARAM_FINGERPRINTS
        + "', lists every project that holds one of these accounts, even a single one (this is what analyses ask).")
      .setSince("1.0")
      .setResponseExample(getClass().getResource("shared_accounts-example.json"))
      .setHandler(this::handle);
    action.createParam(PARAM_PROJECT)
      .setDescription("Only the accounts that this project shares with others.")
      .setExampleValue("rides-app");
    action.createParam(PARAM_FINGERPRINTS)
      .setDescription("Comma-separated account fingerprints (at most " + MAX_FINGERPRINTS + ") to look up.")
      .setExampleValue("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    action.createParam(PARAM_EXCLUDE)
      .setDescription("A project to leave out of the answer (the analysed project itself).")
      .setExampleValue("rides-app");
    AccountsAction.define(controller, (request, response) -> new AccountsAction(catalog).handle(request, response, window()));
    controller.done();
  }

  int window() {
    return config.getInt(SEARCH_WINDOW).filter(w -> w > 0).orElse(ProjectListing.SEARCH_WINDOW);
  }

  void handle(Request request, Response response) {
    Set<String> wanted = fingerprints(request.param(PARAM_FINGERPRINTS));
    String project = request.param(PARAM_PROJECT);
    String exclude = request.param(PARAM_EXCLUDE);
    LocalApi api = new LocalApi(request.localConnector());
    ServerAccounts server = ServerAccounts.read(api, window(), Optional.ofNullable(project));
    try (JsonWriter json = response.newJsonWriter()) {
      json.beginObject().name("sharedAccounts").beginArray();
      for (ServerAccounts.Account account : server.accounts.values()) {
        List<ServerAccounts.ProjectFiles> projects = account.projects.stream().filter(p -> !p.key().equals(exclude)).toList();
        boolean selected = wanted.isEmpty() ? account.projects.size() >= 2 : wanted.contains(account.fingerprint);
        if (project != null) {
          selected &= account.heldBy(project) && account.projects.size() >= 2;
        }
        if (!selected || projects.isEmpty()) {
          continue;
        }
        json.beginObject()
          .prop("provider", account.provider).prop("kind", account.kind).prop("label", account.label)
          .prop("masked", account.masked).prop("fingerprint", account.fingerprint)
          .name("projects").beginArray();
        for (ServerAccounts.ProjectFiles files : projects) {
          json.beginObject().prop("key", files.key()).prop("name", files.name()).name("files").beginArray().values(files.files()).endArray().endObject();
        }
        json.endArray().endObject();
      }
      long othersReadable = server.readable.stream().filter(key -> !key.equals(exclude)).count();
      json.endArray().prop("projectsRead", server.names().size()).prop("projectsReadable", othersReadable)
        .prop("projectsTotal", server.listing.analysed()).prop("projectsUnread", server.listing.unread())
        .prop("requests", api.requests()).endObject();
    }
  }

  private static Set<String> fingerprints(String param) {
    Set<String> wanted = new LinkedHashSet<>();
    if (param == null) {
      return wanted;
    }
    for (String fingerprint : param.split(",")) {
      String trimmed = fingerprint.trim();
      if (!trimmed.isEmpty()) {
        if (!Fingerprints.isFingerprint(trimmed)) {
          throw new IllegalArgumentException("Not a fingerprint: '" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed) + "'");
        }
        wanted.add(trimmed);
      }
    }
    if (wanted.size() > MAX_FINGERPRINTS) {
      throw new IllegalArgumentException("At most " + MAX_FINGERPRINTS + " fingerprints per request");
    }
    return wanted;
  }
}
