package com.example.droplets

import okhttp3.Request

object DoConfig {
    const val DIGITALOCEAN_TOKEN = "9aac079aee1978b56eb2a7a87d404968994eb1aaf2aa93724a236855d5aa7a8b" // Noncompliant {{Revoke this DigitalOcean API token (…7a8b); it controls the account's resources: keep it on your backend and give the app pre-signed Spaces URLs or your own API.}}
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    // a digest of the same shape under a neutral name
    const val CHECKSUM = "988f1f7a101f6af17691d0979c0e63600089ea64e635097bdc3f117f6f29495c"
}

class Status {
    fun request(): Request = Request.Builder()
        .url("https://api.digitalocean.com/v2/droplets")
            .header("Authorization", "Bearer dop_v1_62af8bafdb4e048e3f85579bd3b377051c12f49880b4c732a6980e3887d54435") // Noncompliant {{Revoke this DigitalOcean API token (…4435); it controls the account's resources: keep it on your backend and give the app pre-signed Spaces URLs or your own API.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        .build()
}
