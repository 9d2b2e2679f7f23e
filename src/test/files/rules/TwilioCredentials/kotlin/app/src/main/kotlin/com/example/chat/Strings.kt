package com.example.chat

object TwilioStrings {
    val authTokenRaw = """
        b6744efb6c455fcfea33b0c0f394e2b9
    """.trimIndent() // Noncompliant@-2 {{Revoke this Twilio Auth Token (…e2b9) and issue short-lived Access Tokens from your backend instead.}}
//                     ^[el=+2;ec=7]@-2
    val authTokenJoined = "d1453a9c02a72182" + "1e6ceef7f843152e" // Noncompliant {{Revoke this Twilio Auth Token (…152e) and issue short-lived Access Tokens from your backend instead.}}
//                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
