package com.example.driver

/** The driver app: the same Twilio account as the rider app. */
object Secrets {
    const val SID = "AC5b8e0f3d2a6c4e19b7d0a3f8e2c1b6d4" // Noncompliant {{This Twilio Account SID (AC…b6d4) is also hard-coded in com.example.rides and server of this project; give each app its own subaccount or API key.}} [[id=driver-code]]
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #server {{The same Twilio Account SID, in com.example.rides.driver}}
// S                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #rides {{The same Twilio Account SID, in com.example.rides.driver}}
}
