plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.courier"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.example.courier"
        minSdk = 26
    }
}
