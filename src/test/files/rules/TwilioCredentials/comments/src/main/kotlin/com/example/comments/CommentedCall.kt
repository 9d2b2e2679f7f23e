package com.example.comments

// the same in Kotlin: a commented call, its constants in comments
// Noncompliant@+1 {{Revoke this Twilio Auth Token (…a5eb) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
// private const val LEGACY = "6c71becc54610269c3c067970a4ea5eb"
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

// private const val OLD_ACCOUNT = "AC76fd76c29540cee0ee91426f8b76f90e"
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{Twilio Account SID AC…f90e that goes with it}}

fun signIn() {
    // Twilio.init(OLD_ACCOUNT, LEGACY)
//                              ^^^^^^< {{Passed to Twilio.init here}}
}
