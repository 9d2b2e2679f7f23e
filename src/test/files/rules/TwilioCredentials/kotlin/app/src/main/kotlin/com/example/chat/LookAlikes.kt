package com.example.chat

import com.twilio.Twilio
import java.security.MessageDigest

/** Values of the right shapes that are not credentials: silent for TwilioCredentials and AwsCredentials. */
object LookAlikes {
    const val EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"
    const val TWILIO_AUTH_TOKEN = "your_auth_token"
    const val TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    const val TEMPLATE = "{{ account_sid }}"
    val fromEnv = "\${TWILIO_AUTH_TOKEN}"
    const val DOC_KEY = "AKIAIOSFODNN7EXAMPLE"
    const val DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    const val TWILIO_TOKEN_ZEROS = "00000000000000000000000000000000"
    const val REQUEST_UUID = "3f1c2b1e-9c4d-4e7a-8a3b-2d6f1e0c9b7a"
    const val RELEASE_COMMIT = "9fceb02d0ae598e95dc970b74767f19372d61af8"

    fun verify(data: ByteArray): Boolean =
        MessageDigest.getInstance("MD5").digest(data).joinToString("") { "%02x".format(it) } == "5f9a90f915f481177929e3b9df501a84"

    fun placeholders() {
        // in an Android module, ClientSideAccountCredentials reports the call whatever its values (docs/adr/008)
        Twilio.init("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your_auth_token") // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^
//                                                        ^^^^^^^^^^^^^^^^^@-1< {{The credential is written here, in the app's code}}
    }
}
