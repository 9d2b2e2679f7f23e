package com.example.comments;

/** Constants kept "for reference", and a value left beside the environment lookup that replaced it. */
public class CommentedConstants {

  // Noncompliant@+1 {{Revoke this Twilio Auth Token (…ad83) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
  // private static final String TWILIO_AUTH_TOKEN = "90e503ef8dcfc1ae6279284e012fad83";
//                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  String token() {
    // Noncompliant@+1 {{Revoke this Twilio Auth Token (…7f8a) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
    return System.getenv("TWILIO_AUTH_TOKEN"); // "28e49f56e9a5d3ffe54a06a635cb7f8a"
//                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }
}
