package com.example.pay;

import com.squareup.square.SquareClient;

/** Square's server SDK on a backend: the tokens are reported where they are written, whatever the call. */
class SquarePayments {

  SquareClient client() {
    return SquareClient.builder()
        .token("EAAAvDop2cuH58vkU1c5BWHY7-khaiiNuUUQct7liR-znzuips4XSMO6t3WRa_2X") // Noncompliant {{Revoke this Square access token (…a_2X); take payments on your backend from a card nonce, or use OAuth tokens the app fetches at run time.}}
//             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        .build();
  }

  SquareClient legacyClient() {
    return new SquareClient.Builder().accessToken("sq0atp-U5LTyIVcsnnFuqaGz4t29e").build(); // Noncompliant {{Revoke this Square access token (…t29e); take payments on your backend from a card nonce, or use OAuth tokens the app fetches at run time.}}
//                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  SquareClient fromEnvironment() {
    return SquareClient.builder().token(System.getenv("SQUARE_TOKEN")).build();
  }

  // Noncompliant@+1 {{Revoke this Square access token (…oKzK); take payments on your backend from a card nonce, or use OAuth tokens the app fetches at run time. It is only in a comment, but it stays in the repository's history.}}
  // SquareClient.builder().token("EAAAsPEExwhrkvYTakRTqc52cxmcKAnoTucZep85w1ItKaxiBKQ85v9mSICfoKzK").build();
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  static final String APPLICATION_ID = "sq0idp-J5YVO0I6DMK9jI-gfGx53H";
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Square application ID sq0idp-…x53H that goes with it}}
  static final String APPLICATION_SECRET = "sq0csp-wzNQk9mtu79dkv5IlBz9FewzC7I-xCZwnB7Uwe5P6De"; // Noncompliant {{Replace this Square application secret (…P6De) in the Developer Console; the OAuth code exchange belongs on your backend.}}
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  // a digest that starts like an access token, and a card nonce from Square's sandbox
  static final String IMAGE_DIGEST = "sha256:eaaa7b11c3d2e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7";
  static final String TEST_NONCE = "cnon:card-nonce-ok";
}
