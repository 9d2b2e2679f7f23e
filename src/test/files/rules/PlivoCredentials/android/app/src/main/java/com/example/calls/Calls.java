package com.example.calls;

import com.plivo.api.Plivo;
import com.plivo.api.PlivoClient;

/** Plivo's server SDK in an app. */
public class Calls {

  void init() {
    Plivo.init( // Noncompliant {{This app signs in to Plivo with the account's Auth Token, which anyone can extract from the APK; call Plivo from your backend, and log the app in with a JWT it requests there.}} [[id=cs1]]
//        ^^^^
      "MA63VD9STZHACH1VHQYJ",
//    ^^^^^^^^^^^^^^^^^^^^^^> {{Plivo Auth ID MA…HQYJ that goes with it}}
      "qgO7eFqcjG6ixhq1F2BXgejMwllVQ7j8SmMxeVU0"); // Noncompliant {{Revoke this Plivo Auth Token (…eVU0) and call Plivo from your backend; log the app in with a short-lived JWT instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }

  void fromBuildConfig() {
    Plivo.init(BuildConfig.PLIVO_AUTH_ID, BuildConfig.PLIVO_AUTH_TOKEN); // Noncompliant {{This app signs in to Plivo with the account's Auth Token, which anyone can extract from the APK; call Plivo from your backend, and log the app in with a JWT it requests there.}}
// S                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #kV5n {{Passed to Plivo.init here}}
//        ^^^^@-1
//                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.PLIVO_AUTH_TOKEN, which the build writes into the APK}}
  }

  PlivoClient client() {
    return new PlivoClient( // Noncompliant {{This app signs in to Plivo with the account's Auth Token, which anyone can extract from the APK; call Plivo from your backend, and log the app in with a JWT it requests there.}} [[id=cs2]]
//             ^^^^^^^^^^^
      "SAV1ON3PR17BWEKM4W8C",
//    ^^^^^^^^^^^^^^^^^^^^^^> {{Plivo Auth ID SA…4W8C that goes with it}}
      "7T5v3EkLr2YZ9PWin4nXuTobVTGtp0SgXBBL5u8s"); // Noncompliant {{Revoke this Plivo Auth Token (…5u8s) and call Plivo from your backend; log the app in with a short-lived JWT instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs2 {{The credential is written here, in the app's code}}
  }

  // Noncompliant@+1 {{Revoke this Plivo Auth Token (…rzJQ) and call Plivo from your backend; log the app in with a short-lived JWT instead. It is only in a comment, but it stays in the repository's history.}}
  // Plivo.init("MATOCQGOQBXHM97LKDV1", "JzC1QEomLuzg82LwL9bpw4K0hfHpT2dLZPQOrzJQ");
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//              ^^^^^^^^^^^^^^^^^^^^^^@-1< {{Plivo Auth ID MA…KDV1 that goes with it}}

  // the SDK's placeholders: no credential, but the design is the same
  PlivoClient placeholders() {
    return new PlivoClient("MA123456789012345678", "Zmxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"); // Noncompliant {{This app signs in to Plivo with the account's Auth Token, which anyone can extract from the APK; call Plivo from your backend, and log the app in with a JWT it requests there.}}
//             ^^^^^^^^^^^
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{The credential is written here, in the app's code}}
  }
}
