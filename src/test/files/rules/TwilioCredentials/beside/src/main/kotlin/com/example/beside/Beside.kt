package com.example.beside

// pairs by position in Kotlin, in code and in comments
const val ACC_SID = "AC5bce004e5839fd5b1da0eae5499ab92c"
const val AUTH_TKN = "cb869da70120a9b59f4221812124fde1" // Noncompliant {{Revoke this Twilio Auth Token (…fde1) and issue short-lived Access Tokens from your backend instead.}}
//                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Twilio Account SID AC…b92c that goes with it}}

// Noncompliant@+2 {{Revoke this Twilio Auth Token (…aceb) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
// const val CALLS_SID = "ACa2edc2b3b4daf43e105d681a13616cf5"
// const val OUTBOUND_KEY = "ca0f5743c9bea18c330ff6470a7eaceb"
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Twilio Account SID AC…6cf5 that goes with it}}

// another service's token and a digest beside an Account SID: silent
const val ACCOUNT_SID = "AC615ae605413077cde5d5f62b76dc7a82"
const val MIXPANEL_TOKEN = "a70cc8bdc93ccdbd57c206e090f5ca54"
const val ACCOUNT_MD5 = "d41d8cd98f00b204e9800998ecf8427e"

// const val OLD_SID = "AC6a3b3ba711835c29f5f69c5a33cbd48e"
// const val FIREBASE_TKN = "fd5a0fc3fe9240fa0b317f5600d72a15"
