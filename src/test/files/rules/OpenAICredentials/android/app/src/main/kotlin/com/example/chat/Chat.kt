package com.example.chat

import com.aallam.openai.client.OpenAI
import com.aallam.openai.client.OpenAIConfig

object Chat {
    private const val LEGACY = "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" // Noncompliant {{Revoke this OpenAI API key (…V2ta) and call OpenAI from your backend; an app gets at most a short-lived Realtime client secret from it.}} [[id=V2ta]]
//                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    val client = OpenAI(token = LEGACY) // Noncompliant {{This app calls OpenAI with an API key that anyone can extract from the APK; call OpenAI from your backend, and give the app at most a short-lived Realtime client secret.}}
// S                            ^^^^^^ #V2ta {{Passed to new OpenAI here}}
//               ^^^^^^@-1

    val configured = OpenAI(OpenAIConfig(token = R.string.openai_key.toString())) // Noncompliant {{This app calls OpenAI with an API key that anyone can extract from the APK; call OpenAI from your backend, and give the app at most a short-lived Realtime client secret.}}
//                   ^^^^^^

    // Noncompliant@+1 {{Revoke this OpenAI API key (…wpDH) and call OpenAI from your backend; an app gets at most a short-lived Realtime client secret from it. It is only in a comment, but it stays in the repository's history.}}
    // val old = OpenAI(token = "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")
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // not credentials: a Realtime client secret is minted for the app by a backend, and lives a minute
    const val EPHEMERAL = "ek_68af4c1e2b9d7f3a0c5e8b1d4f7a2c6e"
}
