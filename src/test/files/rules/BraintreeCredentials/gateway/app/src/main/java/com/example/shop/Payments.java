package com.example.shop;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;

/** Braintree's server SDK in the app: reported whatever the private key's source. */
class Payments {

  BraintreeGateway gateway() {
    return new BraintreeGateway(Environment.PRODUCTION, BuildConfig.BT_MERCHANT_ID, BuildConfig.BT_PUBLIC_KEY, BuildConfig.BT_PRIVATE_KEY); // Noncompliant {{This app uses Braintree's server SDK with API keys that anyone can extract from the APK; authorize the app with a tokenization key or a client token from your server, and create transactions there.}} [[id=i1]]
//             ^^^^^^^^^^^^^^^^
// S                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i1 {{Read from BuildConfig.BT_PRIVATE_KEY, which the build writes into the APK}}
// S                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #i3 {{Passed to new BraintreeGateway here}}
  }
}
