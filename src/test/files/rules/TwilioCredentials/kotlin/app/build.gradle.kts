plugins {
    id("com.android.application")
}

android {
    namespace = "com.example.chat"
    defaultConfig {
        applicationId = "com.example.chat"
        buildConfigField("String", "TWILIO_TOKEN", "\"fac1991b571b94358e4cd47f4f91b945\"") // Noncompliant {{Revoke this Twilio Auth Token (…b945) and issue short-lived Access Tokens from your backend instead.}}
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        resValue("string", "twilio_auth_token", "44f4955d36f167f5b361cfc4568edc70") // Noncompliant {{Revoke this Twilio Auth Token (…dc70) and issue short-lived Access Tokens from your backend instead.}}
//                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        manifestPlaceholders["twilioToken"] = "d11411b5744b9efe0b38aca8d0ed7c52" // Noncompliant {{Revoke this Twilio Auth Token (…7c52) and issue short-lived Access Tokens from your backend instead.}}
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        // not credentials
        buildConfigField("String", "BUILD_HASH", "\"d41d8cd98f00b204e9800998ecf8427e\"")
    }
}
