package com.providercredentials.plugin;

import org.sonar.api.web.page.Context;
import org.sonar.api.web.page.Page;
import org.sonar.api.web.page.PageDefinition;

/**
 * The "Provider credentials" pages (README, docs/adr/027): a global page with every provider account hard-coded in the
 * projects the viewer may browse, and a project page with the accounts of one project and where else they are
 * hard-coded. Each is one script in the jar ({@code static/accounts.js}, {@code static/project.js}, built from
 * {@code src/main/web/provider-credentials.js}); both read {@code api/credentials/accounts} as the viewer.
 */
public class CredentialsPages implements PageDefinition {

  static final String NAME = "Provider credentials";

  @Override
  public void define(Context context) {
    context
      .addPage(Page.builder("credentials/accounts").setName(NAME).setScope(Page.Scope.GLOBAL).build())
      .addPage(Page.builder("credentials/project").setName(NAME).setScope(Page.Scope.COMPONENT)
        .setComponentQualifiers(Page.Qualifier.PROJECT).build());
  }
}
