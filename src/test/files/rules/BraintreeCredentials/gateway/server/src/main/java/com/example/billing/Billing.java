package com.example.billing;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Configuration;
import com.braintreegateway.Environment;

/** Braintree's server SDK: the private key is reported where the gateway takes it, the access token wherever it is. */
class Billing {

  BraintreeGateway production() {
    return new BraintreeGateway(Environment.PRODUCTION, "w5k0zpfkqsyajwrj", "qdh3d4g48gvs0ime", "5b00964cca05e33c4d752242db8c50b6"); // Noncompliant {{Revoke this Braintree private key (…50b6); the app needs only a tokenization key or a client token from your server.}}
//                                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  BraintreeGateway sandbox() {
    return new BraintreeGateway(new Configuration(Environment.SANDBOX, BraintreeKeys.MERCHANT_ID, BraintreeKeys.PUBLIC_KEY, BraintreeKeys.PRIVATE_KEY));
// S                                                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^ #i7 {{Passed to new Configuration here}}
  }

  BraintreeGateway partner() {
    return new BraintreeGateway("access_token$production$1ctnutx2iudlbqyg$d7a8972f51ba2f78715bc2ce4a529368"); // Noncompliant {{Revoke this Braintree access token (…9368); the app needs only a tokenization key or a client token from your server.}}
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  BraintreeGateway fromEnvironment() {
    return new BraintreeGateway(Environment.PRODUCTION, System.getenv("BT_MERCHANT_ID"), System.getenv("BT_PUBLIC_KEY"), System.getenv("BT_PRIVATE_KEY"));
  }

// Noncompliant@+1 {{Revoke this Braintree private key (…8689); the app needs only a tokenization key or a client token from your server. It is only in a comment, but it stays in the repository's history.}}
  // return new BraintreeGateway(Environment.PRODUCTION, "w5k0zpfkqsyajwrj", "qdh3d4g48gvs0ime", "a75bd7b28c50e13cbbc0f9a74c778689");
//                                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // not private keys: a cache key and a file digest of the same shape
  static final String CACHE_KEY = "2b771921c30f98103d4ccf84a3db45aa";
  static final String BRAINTREE_SDK_MD5 = "51d2d69ccc1b04ffedb1312532db4d2a";
}
