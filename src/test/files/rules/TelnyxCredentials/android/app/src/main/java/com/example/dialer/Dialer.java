package com.example.dialer;

import com.telnyx.sdk.client.TelnyxClient;
import com.telnyx.sdk.client.okhttp.TelnyxOkHttpClient;
import okhttp3.Request;

/** Telnyx's server SDK and REST API, in an app. */
public class Dialer {

  TelnyxClient client() {
    return TelnyxOkHttpClient.builder()
      .apiKey( // Noncompliant {{This app signs in to Telnyx with an API key, which anyone can extract from the APK; call Telnyx from your backend, and log the app in with a short-lived JWT it mints there.}} [[id=cs1]]
//     ^^^^^^
        "KEYC892275AA4ED5FFE950FA19B186448B7_wmy2-hJmWlgwIqBAm_cXNN") // Noncompliant {{Revoke this Telnyx API key (…cXNN) and call Telnyx from your backend; log the app in with a short-lived JWT instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
      .build();
  }

  // Bearer is the scheme Telnyx's API keys travel in (spec: schemes: [Bearer]): an account credential, not a user's token
  Request messages(String body) {
    return new Request.Builder()
      .url("https://api.telnyx.com/v2/messages")
      .addHeader("Authorization", "Bearer " + BuildConfig.TELNYX_API_KEY) // Noncompliant {{This app signs in to Telnyx with an API key, which anyone can extract from the APK; call Telnyx from your backend, and log the app in with a short-lived JWT it mints there.}} [[id=bearer]]
// S                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #bearer {{Read from BuildConfig.TELNYX_API_KEY, which the build writes into the APK}}
      .build();
  }
}
