package com.example.voice;

import android.content.Context;
import com.sinch.android.rtc.Sinch;
import com.sinch.android.rtc.SinchClient;
import com.sinch.sdk.models.Configuration;

/** Sinch's server SDK and the legacy calling SDK's application secret, in an app. */
public class Calling {

  Configuration sms() {
    return Configuration.builder()
      .setSmsServicePlanId("5f1c0a8e3b7d4c29a6e1f0b3d8c2a7e4")
      .setSmsApiToken( // Noncompliant {{This app signs in to Sinch with a credential of the account, which anyone can extract from the APK; call Sinch from your backend, and give the app a JWT signed there.}} [[id=cs1]]
//     ^^^^^^^^^^^^^^
        "9b3e7d1a5c8f2046b9e3d7a1c5f80b24") // Noncompliant {{Revoke this Sinch SMS API token (…0b24) and send SMS from your backend instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
      .build();
  }

  SinchClient legacy(Context context) {
    return Sinch.getSinchClientBuilder().context(context)
      .applicationKey("6f2d9a1e-4b7c-4e3a-9d1f-2c8b5e7a0f36")
      .applicationSecret( // Noncompliant {{This app signs in to Sinch with a credential of the account, which anyone can extract from the APK; call Sinch from your backend, and give the app a JWT signed there.}} [[id=cs2]]
//     ^^^^^^^^^^^^^^^^^
        "qxl74oyCmMG1Xih5KsC/tg==") // Noncompliant {{Revoke this Sinch application secret (…tg==) and sign the app's registration on your backend instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^
// S    ^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs2 {{The credential is written here, in the app's code}}
      .environmentHost("ocra.api.sinch.com")
      .userId("alice")
      .build();
  }

  // look-alikes: two digests side by side
  static final String FIRST = "2b341a8b31df174fc578ce988faf8580";
  static final String SECOND = "80424e4e96156507780de240c07ba063";
}
