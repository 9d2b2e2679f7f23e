package com.example.support

import com.postmarkapp.postmark.Postmark
import okhttp3.Request

class Feedback {
    // Noncompliant@+1 {{Revoke this Postmark Server API token (…06f7) and send mail from your backend instead.}} [[id=06f7]]
    private val postmarkToken = "299f604a-d4e5-420a-abd8-44f848ac06f7"
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun client() = Postmark.getApiClient(postmarkToken) // Noncompliant {{This app sends mail through Postmark with an API token that anyone can extract from the APK; send it from your backend instead.}}
//                          ^^^^^^^^^^^^
// S                                     ^^^^^^^^^^^^^@-1 #06f7 {{Passed to Postmark.getApiClient here}}

    fun request(token: String): Request = Request.Builder()
        .url("https://api.postmarkapp.com/email")
        .header("X-Postmark-Server-Token", token) // Noncompliant {{This app sends mail through Postmark with an API token that anyone can extract from the APK; send it from your backend instead.}}
//       ^^^^^^
        .build()
}
