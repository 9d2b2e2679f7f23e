package com.example.billing;

final class BraintreeKeys {
  static final String MERCHANT_ID = "lvyv3yyxu7bmq6tw";
  static final String PUBLIC_KEY = "cev0jkkujogvts3x";
  static final String PRIVATE_KEY = "29495e15cd48a6cba6bd2225762422c6"; // Noncompliant {{Revoke this Braintree private key (…22c6); the app needs only a tokenization key or a client token from your server.}} [[id=i7]]
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  private BraintreeKeys() {
  }
}
