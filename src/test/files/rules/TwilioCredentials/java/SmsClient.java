package com.example.sms;

import com.example.sms.config.AppConstants;
import com.twilio.Twilio;

public class SmsClient {

  public SmsClient() {
    Twilio.init(AppConstants.FIRST, AppConstants.SECOND);
// S                                ^^^^^^^^^^^^^^^^^^^ #7ab8 {{Passed to Twilio.init here}}
  }

  void withLocals() {
    String sid = "AC2c9ffd10bccd35397130d81abdc0b94f";
//               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…b94f that goes with it}}
    String secret = "c4ac4abb6a9e95d5247cde3848bc358e"; // Noncompliant {{Revoke this Twilio Auth Token (…358e) and issue short-lived Access Tokens from your backend instead.}}
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    Twilio.init(sid, secret);
//                   ^^^^^^< {{Passed to Twilio.init here}}
  }
}
