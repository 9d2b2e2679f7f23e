package com.example.sms

import com.vonage.client.VonageClient
import com.vonage.client.kt.Vonage

object Sms {
    private const val NEXMO_SECRET = "eCNAK9jMvJLT5Wwn" // Noncompliant {{Revoke this Vonage API secret (…5Wwn) and call Vonage from your backend; give the app a JWT minted there instead.}} [[id=5Wwn]]
//                                   ^^^^^^^^^^^^^^^^^^

    val client: VonageClient = VonageClient.builder()
        .apiKey("aab74889")
        .apiSecret( // Noncompliant {{This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, and give the app a JWT minted there.}} [[id=cs2]]
//       ^^^^^^^^^
            "68j5dkLmBHQt82Z8") // Noncompliant {{Revoke this Vonage API secret (…82Z8) and call Vonage from your backend; give the app a JWT minted there instead.}}
//          ^^^^^^^^^^^^^^^^^^
// S        ^^^^^^^^^^^^^^^^^^@-1 #cs2 {{The credential is written here, in the app's code}}
        .build()

    val second: VonageClient = VonageClient.builder().apiKey("aab74889").apiSecret(NEXMO_SECRET).build() // Noncompliant {{This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, and give the app a JWT minted there.}}
// S                                                                               ^^^^^^^^^^^^ #5Wwn {{Passed to VonageClient…apiSecret here}}
//                                                                       ^^^^^^^^^@-1

    // TODO engine: the Kotlin SDK's DSL (com.vonage.client.kt.Vonage(init: VonageClient.Builder.() -> Unit)) calls the
    // builder's methods on an implicit receiver, which the front-end does not resolve: this secret should be reported.
    val dsl = Vonage {
        apiKey("aab74889")
        apiSecret("Xw4pR8tLm2QzK6vN")
    }

    // not credentials
    const val SESSION_NONCE = "Tb3aV3E0TczYselQ"
}
