package com.example.comments;

/** The Twilio settings: the token was moved to the backend, its old value kept in a comment. */
public class TwilioConfig {

  // Noncompliant@+1 {{Revoke this Twilio Auth Token (…df26) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
  // static final String AUTH_TOKEN = "d50270a55662219df3f7f37c3a84df26";
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // static final String CHECKSUM = "9c54b13e84ee3848adebae9051804c05";
}
