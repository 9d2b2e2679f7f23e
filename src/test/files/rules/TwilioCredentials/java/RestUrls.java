package com.example.voice;

/** A SID inside a REST URL pairs with the token beside it. */
class RestUrls {
  static final String MESSAGES = "https://api.twilio.com/2010-04-01/Accounts/AC45aeb573445607e05f7335b9b842b90c/Messages.json";
//                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…b90c that goes with it}}
  static final String TOKEN = "3e39683109e4b81a29c4e0a4f7977ab8"; // Noncompliant {{Revoke this Twilio Auth Token (…7ab8) and issue short-lived Access Tokens from your backend instead.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  String callback() {
    return "https://ACaa1968680b9dcc830819c4656b8810c1:7142fc7c803fb562113006db8a37f689@api.twilio.com/2010-04-01/Accounts"; // Noncompliant {{Revoke this Twilio Auth Token (…f689) and issue short-lived Access Tokens from your backend instead.}}
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }
}
