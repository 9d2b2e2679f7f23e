package com.example.help

import okhttp3.Request

object Tickets {
    fun request(): Request = Request.Builder()
        .url("https://example-support.zendesk.com/api/v2/tickets.json")
        .header("Authorization", BuildConfig.ZENDESK_AUTH) // Noncompliant {{This app calls the Zendesk API with an agent's API token that anyone can extract from the APK; use the Zendesk SDKs with a JWT identity, and call the API from your backend.}} [[id=cs2]]
// S                             ^^^^^^^^^^^^^^^^^^^^^^^^ #cs2 {{Read from BuildConfig.ZENDESK_AUTH, which the build writes into the APK}}
        .build()
}
