package com.example.shop

import android.content.Context
import com.segment.analytics.kotlin.android.Analytics
import okhttp3.Request

class Tracking(context: Context) {

    val analytics = Analytics(BuildConfig.SEGMENT_WRITE_KEY, context.applicationContext) {
        trackApplicationLifecycleEvents = true
    }

    fun sources(): Request = Request.Builder()
        .url("https://api.segmentapis.com/sources")
        // Noncompliant@+1 {{Revoke this Segment Public API token (…hRrG) and manage the workspace from your backend or tooling; an app needs only its source's write key.}}
        .header("Authorization", "Bearer sgp_cwoj_EcRn22JWGbqzcN3HM8kEBhqNNukznsQD9M4joF-GS8Hu4M81VpC7TSJhRrG") // Noncompliant {{This app calls Segment's Public API with a workspace token that anyone can extract from the APK; manage the workspace from your backend, and send events with the write key only.}} [[id=sg1]]
// S                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #sg1 {{The credential is written here, in the app's code}}
        .build()
}
