package com.example.feed

object Media {
    // Noncompliant@+1 {{Revoke this Cloudinary API secret (…sR8z) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}} [[id=feed-secret]]
    const val CLOUDINARY_URL = "cloudinary://981211341311271:mWWm_-cVsvxUrqYWvdbXdDesR8z@river-photos" // Noncompliant {{This Cloudinary account (…otos, key cloudinary://…otos) is also hard-coded in studio of this project; give each app its own product environment, and none of them the API secret.}} [[id=feed]]
// S                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #studio {{The same Cloudinary account, in feed}}
}
