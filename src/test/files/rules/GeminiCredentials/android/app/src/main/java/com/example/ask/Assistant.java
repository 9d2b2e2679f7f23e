package com.example.ask;

import android.content.Context;
import com.google.ai.client.generativeai.GenerativeModel;
import com.google.android.libraries.places.api.Places;
import com.google.firebase.FirebaseOptions;

public class Assistant {

  GenerativeModel inline() {
    return new GenerativeModel( // Noncompliant {{This app calls Gemini with a Google API key that anyone can extract from the APK; use Firebase AI Logic with App Check, or call Gemini from your backend, instead.}} [[id=cs1]]
//             ^^^^^^^^^^^^^^^
      "gemini-1.5-flash", "AIzaSySGCai3Zc4gvZf0C_MjQO9qgTYED5oBBei"); // Noncompliant {{Revoke this Google API key (…BBei), which reaches Gemini, and call Gemini through Firebase AI Logic with App Check, or from your backend, instead.}}
//                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }

  // public by design: the Places SDK and Firebase take the app's restricted key
  void places(Context context) {
    Places.initialize(context, "AIzaSyvYHDVzO1f94AVCmB1pqUiFrvjpDKV0ZzN");
  }

  FirebaseOptions firebase() {
    return new FirebaseOptions.Builder().setApplicationId("1:482917305561:android:0c4e8a2d6f9b1375")
      .setApiKey("AIzaSyVs1Ss8Gh0SzeXI_--PTIwbvqSoq8kn3og").build();
  }
}
