package com.example.gallery

import com.cloudinary.Cloudinary

object Media {
    // Noncompliant@+1 {{Revoke this Cloudinary API secret (…s6CJ) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
    val cloudinary = Cloudinary("cloudinary://981211341311271:a7ZqEkDUpWEgZFUYOH8o18Gs6CJ@shop-assets")

    const val CLOUDINARY_API_SECRET = "-YqMiW7jvLihoUUSDvVL9JSU9uv" // Noncompliant {{Revoke this Cloudinary API secret (…U9uv) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
    const val THUMBNAIL_ETAG = "J465wbazurgNfmeGhtvLi3llglE"
}
