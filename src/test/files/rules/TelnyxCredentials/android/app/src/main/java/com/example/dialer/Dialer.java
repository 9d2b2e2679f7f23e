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

  // TODO engine: Bearer is Telnyx's scheme for its API keys, but the client-side check takes a Bearer header for a user's
  // token: this header, to api.telnyx.com, from BuildConfig, should be reported by ClientSideAccountCredentials.
  Request messages(String body) {
    return new Request.Builder()
      .url("https://api.telnyx.com/v2/messages")
      .addHeader("Authorization", "Bearer " + BuildConfig.TELNYX_API_KEY)
      .build();
  }
}
