package com.example.comments

// Noncompliant@+3 {{Revoke this Twilio Auth Token (…4533) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
/*
val client = TwilioRestClient.Builder(username = "ACb33560a3c15730e36d50c732845c5f64",
    password = "68726888e443fa0d4f2ef50817144533").build()
*/
//             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
//                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Twilio Account SID AC…5f64 that goes with it}}

/* val client = TwilioRestClient.Builder("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_auth_token").build() */
