package com.example.shop;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;

/** PayPal's server SDK in the app: reported whatever the secret's source. */
class Checkout {

  PayPalHttpClient client() {
    return new PayPalHttpClient(new PayPalEnvironment.Sandbox(BuildConfig.PAYPAL_CLIENT_ID, BuildConfig.PAYPAL_SECRET)); // Noncompliant {{This app authenticates to PayPal's REST API with the client secret, which anyone can extract from the APK; create and capture orders on your backend instead.}} [[id=i2]]
// S                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^ #i1 {{Passed to new PayPalEnvironment.Sandbox here}}
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^@-1
// S                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #i2 {{Read from BuildConfig.PAYPAL_SECRET, which the build writes into the APK}}
  }
}
