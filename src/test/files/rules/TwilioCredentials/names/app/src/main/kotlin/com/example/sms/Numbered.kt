package com.example.sms

object Numbered {
    const val TWILIO_ACCOUNT_SID_2 = "AC67d759a82a74107b49a10d361b547048"
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…7048 that goes with it}}
// S                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #2803 {{Twilio Account SID AC…7048 that goes with it}}
    const val AUTH_TOKEN_2 = "30a2eb7f2c2cfde1ae364ca35b09bad4" // Noncompliant {{Revoke this Twilio Auth Token (…bad4) and issue short-lived Access Tokens from your backend instead.}}
//                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}

object TwiloKeys {
    const val TOKEN = "ae3a23782d9b89e57d5d23e95bda2803" // Noncompliant {{Revoke this Twilio Auth Token (…2803) and issue short-lived Access Tokens from your backend instead.}} [[id=2803]]
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
