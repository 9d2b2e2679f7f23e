package com.example.support

import okhttp3.Request

object Contacts {
    private const val INTERCOM_TOKEN = "dG9rOjUyNjVkYTVmXzk3ZjdfNDVlYV9hNjcwXzI2OTA2ZTkxYWNjMzoxOjA=" // Noncompliant {{Revoke this Intercom access token (…OjA=) and call Intercom's REST API from your backend; the app needs only the Android SDK's API key and app id.}}

    fun request(): Request = Request.Builder()
        .url("https://api.intercom.io/contacts")
        .header("Authorization", "Bearer $INTERCOM_TOKEN") // Noncompliant {{This app calls Intercom's REST API with an access token that anyone can extract from the APK; use the Intercom Android SDK in the app and call the API from your backend.}}
        .build()
}
