package com.example.app;

import android.content.Context;
import com.twilio.Twilio;

/** Credentials from BuildConfig and resources: the issues go where the values are written. */
public class Setup {

  void init() {
    Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
// S                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #5023 {{Passed to Twilio.init here}}
//         ^^^^@-1
//                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK}}
  }

  void initFromResources(Context context) {
    Twilio.init(context.getString(R.string.twilio_account_sid), context.getString(R.string.twilio_token_ref)); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
// S                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cd90 {{Passed to Twilio.init here}}
//         ^^^^@-1
//                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from the string resource twilio_token_ref, packaged in the APK}}
  }
}
