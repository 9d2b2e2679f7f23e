package com.example.comments;

/** A working initialisation commented out: its credential is still in the repository's history. */
public class CommentedInit {

  void init() {
    // Noncompliant@+1 {{Revoke this Twilio Auth Token (…1189) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
    // Twilio.init("ACa361456294c90cd01407e7b103aad418", "36b7befe946f4ba52588b08c44061189");
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…d418 that goes with it}}
  }

  void initBlock() {
    // Noncompliant@+4 {{Revoke this Twilio Auth Token (…dc48) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
    /*
    Twilio.init(
        "ACcd66919d2e0a1adfb3a44d008eba2525",
        "046aef7cf3e1c497ec3e0c3ce736dc48");
    */
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Twilio Account SID AC…2525 that goes with it}}
  }
}
