package com.example.shop

import com.algolia.search.client.ClientSearch
import com.algolia.search.model.APIKey
import com.algolia.search.model.ApplicationID

object SearchClients {
    // InstantSearch with the search-only key: silent
    val search = ClientSearch(ApplicationID("J3AUV6ZB78"), APIKey("245dc04beb8ad66dc7c586884737b689"))

    private const val algoliaAdminKey = "72154f6ccb7696cada3a2bf1ee4027d2" // Noncompliant {{Revoke this Algolia admin or write API key (…27d2) and index from your backend; the app needs only a search-only or secured API key.}} [[id=27d2]]

    val writer = ClientSearch(ApplicationID("J3AUV6ZB78"), APIKey(algoliaAdminKey))
// S                                                              ^^^^^^^^^^^^^^^ #27d2 {{Passed to new APIKey here}}

    // TODO engine: an unnamed key on a client the app writes with (saveObject, deleteIndex) is an admin or write key (…1f710);
    // the engine has no evidence from the calls made on the client.
    val inline = ClientSearch(ApplicationID("J3AUV6ZB78"), APIKey("7973c65c3e092914b0e0f70c8431f710"))
}
