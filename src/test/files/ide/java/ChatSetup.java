package com.example.ide;

import android.app.Activity;
import com.twilio.Twilio;

public class ChatSetup extends Activity {

  static final String TWILIO_ACCOUNT_SID = "AC44457bf060234b2f3469aaaedf7987aa";
  static final String TWILIO_AUTH_TOKEN = "17f518edb1751b16fba6e220ab7d4b45"; // Noncompliant {{Revoke this Twilio Auth Token (…4b45) and issue short-lived Access Tokens from your backend instead.}}
//                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // public by design, and a digest that no name or call marks: silent
  static final String STRIPE_KEY = "pk_live_51Hh2cQLkx7bQmRZ3tQ0aTz8y";
  static final String CHECKSUM = "742dddd6c64d5e8908074057c9e38a22";

  void start() {
    Twilio.init(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
  }
}
