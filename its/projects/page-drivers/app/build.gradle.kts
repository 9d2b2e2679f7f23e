plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.drivers"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.example.drivers"
        minSdk = 26
    }
}
