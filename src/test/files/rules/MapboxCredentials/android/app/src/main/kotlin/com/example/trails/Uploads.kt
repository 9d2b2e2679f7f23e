package com.example.trails

import okhttp3.HttpUrl

object Uploads {
    private const val OWNER = "fieldteam"
    private const val TOKEN = "sk.eyJ1IjoiZ2VvLWRldjI2IiwiYSI6ImNsdWt6b29odGFvb3RwYXRwbmE5OGN2bXIifQ.czsbTWA5p2tX_dQJB1GQOC" // Noncompliant {{Revoke this Mapbox secret token (…GQOC) and keep it on your backend; the app needs only a public pk. token restricted to it.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun credentialsUrl(): HttpUrl = HttpUrl.Builder()
        .scheme("https")
        .host("api.mapbox.com")
        .addPathSegments("uploads/v1/$OWNER/credentials")
        .addQueryParameter("access_token", BuildConfig.MAPBOX_UPLOAD_TOKEN) // Noncompliant {{This app calls a Mapbox API that needs a secret token, which anyone can extract from the APK; call it from your backend and give the app only a public pk. token.}}
//       ^^^^^^^^^^^^^^^^^
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.MAPBOX_UPLOAD_TOKEN, which the build writes into the APK}}
        .build()

    const val TOKENS_API = "https://api.mapbox.com/uploads/v1/"
}
