package com.example.gallery

import android.content.Context
import com.cloudinary.android.MediaManager

object CloudinaryConfig {
    fun init(context: Context) {
        val config = mapOf(
            "cloud_name" to "north-media",
            "api_key" to "241936379416973",
            "api_secret" to "Zt6Wq1Jc8Ks3Mv5Rb9Xh2Pn4Ld7", // Noncompliant {{Revoke this Cloudinary API secret (…4Ld7) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
        )
        MediaManager.init(context, config)
    }
}
