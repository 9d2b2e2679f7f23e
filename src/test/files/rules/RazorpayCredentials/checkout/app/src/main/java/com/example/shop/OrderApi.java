package com.example.shop;

import okhttp3.Credentials;
import okhttp3.Request;

/** Basic authentication to Razorpay's API from the app: the key secret ships in the APK. */
class OrderApi {

  Request createOrder() {
    return new Request.Builder()
        .url("https://api.razorpay.com/v1/orders")
        .header("Authorization", Credentials.basic(BuildConfig.RZP_KEY_ID, BuildConfig.RZP_KEY_SECRET)) // Noncompliant {{This app signs in to Razorpay's API with the key secret, which anyone can extract from the APK; create orders on your backend and open Checkout with the key id and the order id only.}}
//       ^^^^^^
// S                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i4 {{Passed to Credentials.basic here}}
        .build();
  }
}
