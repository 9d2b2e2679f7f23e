plugins {
    id("com.android.library")
}

android {
    defaultConfig {
        // Noncompliant@+1 {{Revoke this Twilio Auth Token (…1aea) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
        // buildConfigField("String", "TWILIO_AUTH_TOKEN", "\"9876c74b1a179f0cf2813df0b10a1aea\"")
//                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        // buildConfigField("String", "BUILD_DIGEST", "\"d41d8cd98f00b204e9800998ecf8427e\"")
    }
}
