package com.example.calls

object Keys {
    const val AUTH_ID = "MACUHC51ROC4G8N5LESJ"
//                      ^^^^^^^^^^^^^^^^^^^^^^> {{Plivo Auth ID MA…LESJ that goes with it}}
    const val AUTH_TOKEN = "YCLQy7gUrdWAk9r36z0dopGaCsLJEiGPNfBtYnn7" // Noncompliant {{Revoke this Plivo Auth Token (…Ynn7) and call Plivo from your backend; log the app in with a short-lived JWT instead.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // not credentials
    const val RELEASE_COMMIT = "9fceb02d0ae598e95dc970b74767f19372d61af8"
    const val LAUNCHER = "MAINACTIVITYLAUNCHER"
}
