plugins {
    id("com.android.library")
}

android {
    namespace = "com.example.beside.lib"
    defaultConfig {
        // a pair by position in the Kotlin DSL
        buildConfigField("String", "VOICE_ACC", "\"AC279bc4718d9e686ed386fda834456814\"")
        buildConfigField("String", "OUTBOUND_PASSPHRASE", "\"8fc36cd9027115a176d1034c2a98c86d\"") // Noncompliant {{Revoke this Twilio Auth Token (…c86d) and issue short-lived Access Tokens from your backend instead.}}
//                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Twilio Account SID AC…6814 that goes with it}}
        // another provider's word beside a SID: silent
        buildConfigField("String", "ACCOUNT_SID", "\"ACfa9a5bcf18e9819d5be7205e88b3f318\"")
        buildConfigField("String", "AWS_SIGNING_KEY", "\"f48f52afa7372d97878c9260f0d6d2c7\"")
    }
}
