plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.rides.driver"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.example.rides.driver"
        minSdk = 24
        targetSdk = 34
        buildConfigField("String", "TWILIO_ACCOUNT_SID", "\"AC8fa1774254d8bf635fc1c3a1d937ed9f\"")
        buildConfigField("String", "TWILIO_AUTH_TOKEN", "\"5a6212ff8d8c14b9c09b28755a1eff3e\"")
        buildConfigField("String", "MAPS_STYLE_HASH", "\"5464975f9a28b245b795e72e83a5df62\"")
    }

    buildFeatures {
        buildConfig = true
    }
}

dependencies {
    implementation("com.twilio.sdk:twilio:10.6.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
