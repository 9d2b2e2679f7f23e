plugins {
    id("com.android.application")
    id("io.sentry.android.gradle") version "5.11.0"
}

android {
    namespace = "com.example.gallery"
}

sentry {
    org.set("gallery-org")
    projectName.set("android")
    authToken.set("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") // Noncompliant {{Revoke this Sentry organization auth token (…RCvq) and give it to the build from a CI secret (SENTRY_AUTH_TOKEN); the app needs only its DSN.}}
    autoUploadProguardMapping.set(true)
}
