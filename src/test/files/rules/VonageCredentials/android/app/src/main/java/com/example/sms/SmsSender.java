package com.example.sms;

import com.vonage.client.VonageClient;

/** The Vonage server SDK's builder chain, in an app. */
public class SmsSender {

  VonageClient inline() {
    return VonageClient.builder().apiKey("caf25fa9").apiSecret( // Noncompliant {{This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, and give the app a JWT minted there.}} [[id=cs1]]
//                                                   ^^^^^^^^^
      "Tb3aV3E0TczYselQ").build(); // Noncompliant {{Revoke this Vonage API secret (…selQ) and call Vonage from your backend; give the app a JWT minted there instead.}}
//    ^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }

  VonageClient fromBuildConfig() {
    return VonageClient.builder()
      .apiKey(BuildConfig.VONAGE_API_KEY)
      .apiSecret(BuildConfig.VONAGE_API_SECRET) // Noncompliant {{This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, and give the app a JWT minted there.}}
// S             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #0MZG {{Passed to VonageClient…apiSecret here}}
//     ^^^^^^^^^@-1
//               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.VONAGE_API_SECRET, which the build writes into the APK}}
      .build();
  }

  VonageClient placeholders() {
    return VonageClient.builder().apiKey("abcd1234").apiSecret("abcdef0123456789").build(); // Noncompliant {{This app signs in to Vonage with the account's API secret, which anyone can extract from the APK; call Vonage from your backend, and give the app a JWT minted there.}}
//                                                   ^^^^^^^^^
//                                                             ^^^^^^^^^^^^^^^^^^@-1< {{The credential is written here, in the app's code}}
  }

  // TODO engine: a builder chain commented out is not reported (calls in comments are no evidence); it should be (…YoIbH).
  // VonageClient.builder().apiKey("1b01fe19").apiSecret("Pv45K4toYtYDoIbH").build();
}
