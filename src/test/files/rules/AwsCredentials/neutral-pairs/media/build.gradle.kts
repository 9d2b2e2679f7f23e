plugins {
    id("com.android.application")
}

android {
    namespace = "com.example.media"
    defaultConfig {
        applicationId = "com.example.media"
        buildConfigField("String", "MEDIA_KEY_ID", "\"AKIAGBK6OSGBSXQRUJ7W\"")
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^> {{AWS access key ID AKIA…UJ7W that goes with it}}
        buildConfigField("String", "MEDIA_SECRET", "\"oxKtSpYlrC2hDhY46HJwFUOH6OSP4ADkDlKe7HlN\"") // Noncompliant {{Revoke this AWS secret access key (…7HlN); give the app temporary credentials from Cognito or STS instead.}}
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        // look-alikes: silent
        buildConfigField("String", "DOCS_SECRET", "\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"")
        buildConfigField("String", "ROOM_IDENTITY_HASH", "\"6f1d2c8b3a9e4f7d5c0b2a1e8f9d3c4b\"")
    }
}
