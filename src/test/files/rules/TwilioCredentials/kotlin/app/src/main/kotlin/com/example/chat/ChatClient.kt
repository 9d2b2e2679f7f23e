package com.example.chat

import com.amazonaws.auth.BasicAWSCredentials
import com.twilio.Twilio
import com.twilio.http.TwilioRestClient
import com.twilio.jwt.accesstoken.AccessToken
import okhttp3.Credentials
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import java.util.Base64

private const val HEADER_USER = "ACe5e10600d2cdf740bd4fb6cb35adb507"
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…b507 that goes with it}}
private const val HEADER_PASS = "a08d677fd4d92c145d0c87bf4590c41c" // Noncompliant {{Revoke this Twilio Auth Token (…c41c) and issue short-lived Access Tokens from your backend instead.}} [[id=c41c]]
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

class ChatClient {

    companion object {
        const val API_TOKEN = "8d27256fb005e90ab3ea605efeed24b4" // Noncompliant {{Revoke this Twilio Auth Token (…24b4) and issue short-lived Access Tokens from your backend instead.}} [[id=24b4]]
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        const val ACCOUNT = "AC6a1c4892a4d1ccc2e487b709afc0e03c"
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{Twilio Account SID AC…e03c that goes with it}}
    }

    fun connect() {
        Twilio.init(AppConfig.FIRST, AppConfig.SECOND) // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
// S                                 ^^^^^^^^^^^^^^^^ #c01d {{Passed to Twilio.init here}}
//             ^^^^@-1
    }

    fun named() {
        // Noncompliant@+1 {{Revoke this Twilio Auth Token (…63ca) and issue short-lived Access Tokens from your backend instead.}}
        Twilio.init(password = "f95e91ce20c2ea84cfe5ae1d759063ca", username = "ACb68672e793c651be09c1bf4e7bb6c011") // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…c011 that goes with it}}
//             ^^^^@-2
//                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{The credential is written here, in the app's code}}
    }

    fun multiline(): TwilioRestClient =
        TwilioRestClient.Builder( // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}} [[id=builder]]
//                       ^^^^^^^
            "ACe5e10600d2cdf740bd4fb6cb35adb507",
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…b507 that goes with it}}
            "66125e5c82d5703df7b2ac720d82bf49", // Noncompliant {{Revoke this Twilio Auth Token (…bf49) and issue short-lived Access Tokens from your backend instead.}}
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #builder {{The credential is written here, in the app's code}}
        ).build()

    fun accessToken(): String = AccessToken.Builder(
        ACCOUNT, "SK3ef6551c05d6fc7465df175f15a52adb",
//               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio API key SID SK…2adb that goes with it}}
        "Hc05gtmJyinQwkie1ayncoQlVk1F7DJi" // Noncompliant {{Revoke this Twilio API key secret (…7DJi) and mint short-lived Access Tokens with it on your backend instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    ).build().toJwt()

    fun basic(): String = "Basic " + Base64.getEncoder().encodeToString("$HEADER_USER:$HEADER_PASS".toByteArray())
// S                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ #c41c {{Joined with the Account SID into a credential here}}

    fun credentials(): String = Credentials.basic(ACCOUNT, API_TOKEN)
// S                                                       ^^^^^^^^^ #24b4 {{Passed to Credentials.basic here}}

    // Noncompliant@+1 {{Revoke this AWS secret access key (…VuGm); give the app temporary credentials from Cognito or STS instead.}}
    val s3 = BasicAWSCredentials("AKIALQ5CV3CM3JCF2GRR", "+I8GVISXuenhudVP/DXe7LakXRQxibJywrGuVuGm") // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                               ^^^^^^^^^^^^^^^^^^^^^^@-1< {{AWS access key ID AKIA…2GRR that goes with it}}
// S                             ^^^^^^^^^^^^^^^^^^^^^^@-2 #7Xw0 {{AWS access key ID AKIA…2GRR that goes with it}}
//           ^^^^^^^^^^^^^^^^^^^@-3
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-4< {{The credential is written here, in the app's code}}

    // Noncompliant@+1 {{Revoke this AWS secret access key (…7Xw0); give the app temporary credentials from Cognito or STS instead.}} [[id=7Xw0]]
    val v2 = AwsBasicCredentials.create(accessKeyId(), "fc45vfNiuw8hCudjyjAfcMY3KTlBYuVnSoX97Xw0") // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                               ^^^^^^@-1
//                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{The credential is written here, in the app's code}}

    private fun accessKeyId() = System.getenv("AWS_ACCESS_KEY_ID")
}
