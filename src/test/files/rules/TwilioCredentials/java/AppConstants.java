package com.example.sms.config;

/** Constants with neutral names: only their use in Twilio.init, in another file, says what they are. */
public final class AppConstants {

  public static final String FIRST = "AC008d41ae13091e70dda44eba7425259c";
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…259c that goes with it}}
  public static final String SECOND =
      "3e39683109e4b81a29c4e0a4f7977ab8"; // Noncompliant {{Revoke this Twilio Auth Token (…7ab8) and issue short-lived Access Tokens from your backend instead.}} [[id=7ab8]]
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  public static final String UNUSED = "635199c3a96fe024db99f4350b2bf928";

  private AppConstants() {
  }
}
