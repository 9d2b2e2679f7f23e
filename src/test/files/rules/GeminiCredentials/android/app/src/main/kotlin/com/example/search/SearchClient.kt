package com.example.search

import com.example.searchsdk.Client

/** Another SDK's Client with the same builder: not Gemini's, as its import says. Silent. */
object SearchClient {
    fun client(context: android.content.Context) = Client.builder().apiKey(context.getString(R.string.search_api_key)).build()
}
