package com.example.rides;

/** The rider app: its Twilio account is also the driver app's. */
final class Keys {
  static final String TWILIO_ACCOUNT_SID = "AC5b8e0f3d2a6c4e19b7d0a3f8e2c1b6d4"; // Noncompliant {{This Twilio Account SID (AC…b6d4) is also hard-coded in com.example.rides.driver and server of this project; give each app its own subaccount or API key.}} [[id=rides]]
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #driver-code {{The same Twilio Account SID, in com.example.rides}}
// S                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #driver-resource {{The same Twilio Account SID, in com.example.rides}}
// S                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3 #server {{The same Twilio Account SID, in com.example.rides}}
  // a SID of its own: silent
  static final String VOICE_ACCOUNT_SID = "AC0e4f9a7c3b5d2e1f6a8b9c0d7e3f2a15";

  private Keys() {
  }
}
