package com.example.util;

/** A Twilio SID in the file does not make every 32-hex value its token. */
class HashingBesideSid {
  static final String ACCOUNT_SID = "AC008d41ae13091e70dda44eba7425259c";

  // named as a digest
  static final String PAYLOAD_MD5 = "7142fc7c803fb562113006db8a37f689";
  // named for another provider
  static final String MIXPANEL_TOKEN = "635199c3a96fe024db99f4350b2bf928";

  void check(String body) {
    assertEquals("c4ac4abb6a9e95d5247cde3848bc358e", md5Hex(body));
  }

  static String md5Hex(String body) {
    return body;
  }

  static void assertEquals(String expected, String actual) {
  }
}
