package com.example.comments;

/** A commented-out call whose arguments are constants kept in comments too: connected as code is. */
public class CommentedCall {

  // Noncompliant@+1 {{Revoke this Twilio Auth Token (…19cd) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
  // static final String LEGACY = "cb81da99ee8ce2c961ed43f105af19cd";
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // the account it used to sign in with
  // static final String OLD_ACCOUNT = "AC5ffe766b850f3e40830647f60f4e0af9";
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{Twilio Account SID AC…0af9 that goes with it}}

  void init() {
    // before the backend issued Access Tokens:
  //     Twilio.init(OLD_ACCOUNT, LEGACY);
//                                ^^^^^^< {{Passed to Twilio.init here}}
    // a digest kept in a comment and passed by name stays one
    // static final String EXPECTED_MD5 = "900150983cd24fb0d6963f7d28e17f72";
    // assertEquals(EXPECTED_MD5, md5("abc"));
  }
}
