package com.example.shop;

import com.algolia.search.DefaultSearchClient;
import com.algolia.search.SearchClient;
import com.algolia.search.models.apikeys.SecuredApiKeyRestriction;

public class Catalog {

  static final String ALGOLIA_SEARCH_API_KEY = "376a7960edd78e1686d1e4150173a3ee";

  String restrictedKey(SecuredApiKeyRestriction restriction) throws Exception {
    return DefaultSearchClient.create("2MEYA0ZP67", ALGOLIA_SEARCH_API_KEY).generateSecuredAPIKey(ALGOLIA_SEARCH_API_KEY, restriction); // Noncompliant {{This app generates Algolia secured API keys itself, with a parent key that anyone can extract from the APK and use without the restrictions; generate secured keys on your backend.}}
  }

  SearchClient client() {
    return DefaultSearchClient.create("2MEYA0ZP67", ALGOLIA_SEARCH_API_KEY);
  }
}
