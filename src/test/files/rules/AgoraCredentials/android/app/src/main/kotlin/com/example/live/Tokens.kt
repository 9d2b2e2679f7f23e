package com.example.live

import io.agora.media.RtcTokenBuilder2
import io.agora.media.RtcTokenBuilder2.Role

object Tokens {
    const val APP_ID = "c72cd8915a895122e3053176f8f1e69c"

    fun inline(channel: String, uid: Int): String =
        // Noncompliant@+1 {{Replace this Agora App Certificate (…94fd) in Agora Console and mint tokens on your token server; the app needs only the App ID and a token it fetches.}}
        RtcTokenBuilder2().buildTokenWithUid(APP_ID, "889c620ca5f83daea6b4973f0fe294fd", channel, uid, Role.ROLE_PUBLISHER, 3600, 3600) // Noncompliant {{This app signs Agora tokens or calls Agora's REST API with a server credential that anyone can extract from the APK; fetch tokens from your token server and call the REST API from your backend.}} [[id=cs1]]
// S                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs1 {{The credential is written here, in the app's code}}

    fun fromBuildConfig(channel: String, uid: Int): String =
        RtcTokenBuilder2().buildTokenWithUid(BuildConfig.AGORA_APP_ID, BuildConfig.AGORA_APP_CERTIFICATE, channel, uid, Role.ROLE_PUBLISHER, 3600, 3600) // Noncompliant {{This app signs Agora tokens or calls Agora's REST API with a server credential that anyone can extract from the APK; fetch tokens from your token server and call the REST API from your backend.}} [[id=cs2]]
// S                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs2 {{Read from BuildConfig.AGORA_APP_CERTIFICATE, which the build writes into the APK}}
// S                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #9489 {{Passed to RtcTokenBuilder2…buildTokenWithUid here}}
}
