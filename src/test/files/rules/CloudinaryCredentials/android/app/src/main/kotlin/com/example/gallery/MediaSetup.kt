package com.example.gallery

import com.cloudinary.Cloudinary
import com.cloudinary.utils.ObjectUtils

/** The Java SDK's varargs map, from Kotlin. */
object MediaSetup {
    fun client() = Cloudinary(
        ObjectUtils.asMap(
            "cloud_name", "east-media",
            "api_key", "194967465411904",
            "api_secret", "KPJcWD5IPZWsprMSzBcnvpEKSOq", // Noncompliant {{Revoke this Cloudinary API secret (…KSOq) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
        ),
    )
}
