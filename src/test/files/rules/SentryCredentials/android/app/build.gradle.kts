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

// a second product flavor's upload, with an older 64-hex token set through Gradle's property API
sentry {
    authToken.set("5c0e8a2f4b6d1e3a7c9f0b2d4e6a8c1f3b5d7e9a0c2e4f6b8d1a3c5e7f9b0d2e") // Noncompliant {{Revoke this Sentry auth token (…0d2e) and give it to the build from a CI secret (SENTRY_AUTH_TOKEN); the app needs only its DSN.}}
}

// silent: 64 hex set on a property of the same name in a block that names no provider
artifactSigning {
    authToken.set("9d3b7f1a5e0c4a8e2b6f0d4a8c2e6b0f4d8a2c6e0b4f8d2a6c0e4b8f2d6a0c4e")
    authToken = "3e7a1c5f9b2d6e0a4c8f1b5d9e3a7c0f4b8d2e6a9c3f7b1d5e0a4c8f2b6d9e3a"
}
