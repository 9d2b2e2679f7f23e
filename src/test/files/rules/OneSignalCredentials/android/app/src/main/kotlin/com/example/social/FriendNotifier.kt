package com.example.social

import okhttp3.Request
import okhttp3.RequestBody

class FriendNotifier {

    fun request(body: RequestBody): Request = Request.Builder()
        .url("https://api.onesignal.com/notifications")
        .addHeader("Authorization", "Key os_v2_app_raouwawuv5cazdhugcvg6vgx2uu2dqqnv2gabhrngs3isdlfdks46lirl376lijzfivsuqgctsu7wcnck5pkq4oylcpb27r566t4pcw") // Noncompliant {{Revoke this OneSignal API key (…4pcw) and send notifications from your backend; the app needs only the App ID.}}
// S                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #key1 {{The credential is written here, in the app's code}}
        // Noncompliant@-2 {{This app calls OneSignal's REST API with an API key that anyone can extract from the APK; let your backend send the notifications instead.}} [[id=key1]]
        .post(body)
        .build()

    fun fromBuildConfig(body: RequestBody): Request = Request.Builder()
        .url("https://api.onesignal.com/notifications")
        // the key is reported where build.gradle writes it, not again here; the design is, here: Key is OneSignal's scheme
        .addHeader("Authorization", "Key " + BuildConfig.ONESIGNAL_REST_KEY) // Noncompliant {{This app calls OneSignal's REST API with an API key that anyone can extract from the APK; let your backend send the notifications instead.}} [[id=key2]]
// S                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #key2 {{Read from BuildConfig.ONESIGNAL_REST_KEY, which the build writes into the APK}}
        .post(body)
        .build()
}
