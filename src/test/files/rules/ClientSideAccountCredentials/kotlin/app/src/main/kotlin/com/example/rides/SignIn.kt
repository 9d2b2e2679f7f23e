package com.example.rides

import com.amazonaws.auth.BasicAWSCredentials
import com.twilio.Twilio
import com.twilio.http.TwilioRestClient
import okhttp3.Credentials
import okhttp3.Request
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider

// No android import here: the module applies the Android plugin, so this is Android application code.
class SignIn(private val context: Context) {

    private external fun twilioToken(): String

    fun fromBuildConfig() {
        Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN) // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^
//                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK}}
    }

    fun fromResources() {
        Twilio.init(context.getString(R.string.twilio_sid), context.resources.getString(R.string.twilio_token)) // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^
//                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the string resource twilio_token, packaged in the APK}}
    }

    fun fromMetaData() {
        val metaData = context.packageManager.getApplicationInfo(context.packageName, 128).metaData
        TwilioRestClient.Builder(metaData.getString("twilio_sid"), metaData?.getString("twilio_token")).build() // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//                       ^^^^^^^
//                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the manifest's meta-data, packaged in the APK}}
    }

    fun fromDecodedArrays() {
        Twilio.init(String(Base64.decode(SID_B64, Base64.DEFAULT)), String(xor(TOKEN_BYTES, 0x5A))) // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^
//                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Decoded at run time: the encoded bytes and the code that decodes them ship in the APK}}
    }

    fun fromNative() {
        Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, twilioToken()) // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^
//                                                  ^^^^^^^^^^^^^@-1< {{Returned by native code: native libraries are extracted from an APK as easily as the rest}}
    }

    fun fromLiterals() {
        // Noncompliant@+1 {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}} [[id=clientside]]
        Twilio.init("AC2d3eb21aebd0e4de53726e1fffd31d24", "4e8ef5aaae6458698d6f2cde9d94134d") // Noncompliant {{Revoke this Twilio Auth Token (…134d) and issue short-lived Access Tokens from your backend instead.}}
//             ^^^^
//                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
// S                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #clientside {{The credential is written here, in the app's code}}
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Twilio Account SID AC…1d24 that goes with it}}
    }

    fun basicAuth(sid: String, token: String): Request =
        Request.Builder().url(MESSAGES_URL).header("Authorization", Credentials.basic(sid, token)).build() // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//                                          ^^^^^^

    fun aws() {
        BasicAWSCredentials(BuildConfig.AWS_KEY_ID, BuildConfig.AWS_SECRET_KEY) // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//      ^^^^^^^^^^^^^^^^^^^
//                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.AWS_SECRET_KEY, which the build writes into the APK}}
        StaticCredentialsProvider.create(AwsBasicCredentials.create(BuildConfig.AWS_KEY_ID, BuildConfig.AWS_SECRET_KEY)) // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//                                ^^^^^^
    }

    fun notSigningIn(userToken: String) {
        Request.Builder().url("https://maps.example.com/v1/tiles/index.json").header("Authorization", "Bearer $userToken").build()
        Request.Builder().url(MESSAGES_URL).header("Accept", "application/json").build()
    }

    private fun xor(bytes: ByteArray, key: Int) = ByteArray(bytes.size) { (bytes[it].toInt() xor key).toByte() }

    companion object {
        const val MESSAGES_URL = "https://api.twilio.com/2010-04-01/Accounts/Messages.json"
        const val SID_B64 = "QUMwMDAw"
        val TOKEN_BYTES = byteArrayOf(1, 2, 3)
    }
}
