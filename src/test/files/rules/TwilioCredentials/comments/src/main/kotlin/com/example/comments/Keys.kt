package com.example.comments

object Keys {
    // Noncompliant@+1 {{Revoke this Twilio Auth Token (…495a) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
    val twilioAuthToken: String = BuildConfig.TWILIO_AUTH_TOKEN // was "70e14f3a07d4e8c008c73dcff368495a"
//                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // const val SIGNING_CERT_SHA256 = "64851a4b58fd01dd2a6d7a7697618add64851a4b58fd01dd2a6d7a7697618add"
    val digest = sha256(payload) // 9c54b13e84ee3848adebae9051804c05
}
