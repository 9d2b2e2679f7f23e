package com.providercredentials.accounts;

import java.util.List;
import java.util.Map;
import org.sonar.api.server.ServerSide;

/**
 * What the web services need to know of the provider catalog, wired by the plugin: the plugin's rules
 * (repository:key), whose open issues the Provider credentials page counts, and each provider's name by id.
 */
@ServerSide
public final class PluginCatalog {

  private final List<String> ruleKeys;
  private final Map<String, String> providerNames;

  public PluginCatalog(List<String> ruleKeys, Map<String, String> providerNames) {
    this.ruleKeys = List.copyOf(ruleKeys);
    this.providerNames = Map.copyOf(providerNames);
  }

  public List<String> ruleKeys() {
    return ruleKeys;
  }

  /** The provider's name ("Twilio"), or its id when the catalog no longer knows it (a measure of another version). */
  public String providerName(String id) {
    return providerNames.getOrDefault(id, id);
  }
}
