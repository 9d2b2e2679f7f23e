package com.example.chat;

import android.app.Activity;
import com.twilio.Twilio;

public class ChatSetup extends Activity {

  static final String TWILIO_ACCOUNT_SID = "AC6e9656ff9d48ce541a574f17b9aa0c06";
  static final String TWILIO_AUTH_TOKEN = "195d4eaf14cf88e20a77a73a090a26e3";

  // public by design, and a digest that no name or call marks: silent
  static final String STRIPE_KEY = "pk_live_51Hh2cQLkx7bQmRZ3tQ0aTz8y";
  static final String CHECKSUM = "a9a6e48265ce35b7e308c42c4680f303";

  void start() {
    Twilio.init(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
  }
}
