plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.notes"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.example.notes"
        minSdk = 26
        resValue("string", "twilio_auth_token", "be7a48df5cffe3e04d00d1a185ae5928")
    }
}
