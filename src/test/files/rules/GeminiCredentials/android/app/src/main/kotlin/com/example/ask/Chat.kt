package com.example.ask

import com.google.ai.client.generativeai.GenerativeModel
import com.google.genai.Client

object Chat {
    val model = GenerativeModel( // Noncompliant {{This app calls Gemini with a Google API key that anyone can extract from the APK; use Firebase AI Logic with App Check, or call Gemini from your backend, instead.}}
//              ^^^^^^^^^^^^^^^
        modelName = "gemini-1.5-flash",
        apiKey = BuildConfig.apiKey
// S             ^^^^^^^^^^^^^^^^^^ #27xQ {{Passed to new GenerativeModel here}}
//               ^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.apiKey, which the build writes into the APK}}
    )

    // the Gen AI SDK's builder: this Client is com.google.genai.Client, as the import says
    fun client(context: android.content.Context) = Client.builder().apiKey(context.getString(R.string.gemini_api_key)).build() // Noncompliant {{This app calls Gemini with a Google API key that anyone can extract from the APK; use Firebase AI Logic with App Check, or call Gemini from your backend, instead.}} [[id=genai]]
// S                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #bRoS {{Passed to Client…apiKey here}}
// S                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #genai {{Read from the string resource gemini_api_key, packaged in the APK}}

    private const val KEY = "AIzaSyLm3Qx8vT2kPa9WcR7nE4dY6fH1jB0sU5o"
    // Noncompliant@+1 {{Revoke this Google API key (…sU5o), which reaches Gemini, and call Gemini through Firebase AI Logic with App Check, or from your backend, instead.}}
    val url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=$KEY"
}
