package com.example.chat

/** Neutral names: only the call in ChatClient.kt says what these are. */
object AppConfig {
    const val FIRST = "ACb68672e793c651be09c1bf4e7bb6c011"
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…c011 that goes with it}}
// S                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #b9d6 {{Twilio Account SID AC…c011 that goes with it}}
    const val SECOND = "3da232080056a1aaf1e485230d1dc01d" // Noncompliant {{Revoke this Twilio Auth Token (…c01d) and issue short-lived Access Tokens from your backend instead.}} [[id=c01d]]
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    const val UNUSED = "cc1d2268bcad22e3fe2fd4e6cd36d4d6"
}

/** What a function returns is named by the function. */
fun twilioAuthToken(): String {
    return "d501ed2507d75ebd3d5478f4e285b9d6" // Noncompliant {{Revoke this Twilio Auth Token (…b9d6) and issue short-lived Access Tokens from your backend instead.}} [[id=b9d6]]
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
