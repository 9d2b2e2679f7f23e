package com.example.sms;

/** The names people really write: misspelled, numbered, after signing keys. */
final class SmsConfig {

  static final String TWILLO_ACCOUNT_SID = "AC9287204c5a6c506fe722cde6acae259b";
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…259b that goes with it}}
  static final String TWILLO_AUTH_TOKEN = "c47dc054b228d939bd48ff608f5a0aa6"; // Noncompliant {{Revoke this Twilio Auth Token (…0aa6) and issue short-lived Access Tokens from your backend instead.}}
//                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  static final String TWILIO_ACCOUNT_SID1 = "ACb0849d89d3b1d694b733af854a973881";
//                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…3881 that goes with it}}
// S                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #1db3 {{Twilio Account SID AC…3881 that goes with it}}
  static final String TWILIO_AUTH_TOKEN1 = "36f0bad6e8a5d51b9247d82d500e59d7"; // Noncompliant {{Revoke this Twilio Auth Token (…59d7) and issue short-lived Access Tokens from your backend instead.}}
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  static final String secret1 = "68d748deab154a8a2fa2cbe6f89f1db3"; // Noncompliant {{Revoke this Twilio Auth Token (…1db3) and issue short-lived Access Tokens from your backend instead.}} [[id=1db3]]
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  static final String API_KEY_SID = "SKdba2fc1c940ea92d5a73f1247bceef13";
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio API key SID SK…ef13 that goes with it}}
  static final String SIGNING_KEY_SECRET = "JC6nsdP8SSDly8IyjxLdWdw6TiCd5S6g"; // Noncompliant {{Revoke this Twilio API key secret (…5S6g) and mint short-lived Access Tokens with it on your backend instead.}}
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  private SmsConfig() {
  }
}
