package com.example.storage;

/** A key id and its secret side by side, with neutral names. */
final class KeyPair {
  static final String ACCESS_KEY = "AKIALCK2HQWKY2MZFRF5";
//                                 ^^^^^^^^^^^^^^^^^^^^^^> {{AWS access key ID AKIA…FRF5 that goes with it}}
  static final String SECRET_KEY = "pgHZrelGXzCPL60WjpmqM0t2CW/6/m8/vojw+Bui"; // Noncompliant {{Revoke this AWS secret access key (…+Bui); give the app temporary credentials from Cognito or STS instead.}}
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  // a Base64 digest beside the key id is not its secret
  static final String CONTENT_SHA256 = "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8";
}
