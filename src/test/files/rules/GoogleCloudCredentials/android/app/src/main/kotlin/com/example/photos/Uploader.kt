package com.example.photos

import com.google.auth.oauth2.ServiceAccountCredentials

object Uploader {

    // Noncompliant@+1 {{Revoke this Google Cloud service account key (…TqLd) in IAM and keep service accounts on your backend; an app uses the Firebase client SDKs with Security Rules and App Check, or calls your backend.}} [[id=g1]]
    private const val KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7Wm2Jf8Rz5TqLd\nw4Ny7Hc2Kv9Bp3Xe6Gs0Fa5Mj8Ut1Qr4Lo7Zi2Wd9Sb6Yk3Cn0Ex5Tg8Pm1Vh4Rl\n-----END PRIVATE KEY-----\n"

    fun credentials() = ServiceAccountCredentials.fromPkcs8( // Noncompliant {{This app signs in to Google Cloud with a service account key that anyone can extract from the APK; use the Firebase client SDKs with Security Rules and App Check, or call your backend.}}
        "822237770320252284699",
        "uploader@photo-app-4821.iam.gserviceaccount.com",
        KEY,
// S    ^^^ #g1 {{Passed to ServiceAccountCredentials.fromPkcs8 here}}
        "e6ff071d63fd36e3ec3ce450978570c45b3c7771",
        listOf("https://www.googleapis.com/auth/devstorage.read_write"),
    )
}
