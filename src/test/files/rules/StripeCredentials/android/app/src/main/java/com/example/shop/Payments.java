package com.example.shop;

import android.content.Context;
import com.stripe.Stripe;
import com.stripe.android.PaymentConfiguration;
import com.stripe.model.EphemeralKey;
import com.stripe.net.RequestOptions;
import com.stripe.param.EphemeralKeyCreateParams;

public class Payments {

  static final String PUBLISHABLE = "pk_live_51BNBCj89vYJJAxDwOB2MVnwKcBnzDmhcc96kD7yAnlLW9yMpGRRVyZr28b5fCsgPlRnJEbkOOYC9Ec0ImYvQr2vsWnKDt6hj7G";
  static final String CLIENT_SECRET = "pi_3Pus0SpUXWYU5ZlHScYaneTj_secret_jNzDfRZNHEl8mePxa6Y8IK9Mz";

  void setUp(Context context) {
    PaymentConfiguration.init(context, PUBLISHABLE);
    Stripe.apiKey = "sk_live_Lg3Z2OmV6lq5TGAHbEMZ9ulk"; // Noncompliant {{Revoke this Stripe secret key (…9ulk) and keep secret keys on your backend; an app needs only the publishable key.}}
//                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  EphemeralKey ephemeralKey(EphemeralKeyCreateParams params) throws Exception {
    // Noncompliant@+1 {{Revoke this Stripe restricted key (…w7bH) and keep restricted keys on your backend; an app needs only the publishable key.}} [[id=w7bH]]
    RequestOptions options = RequestOptions.builder().setApiKey("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").build(); // Noncompliant {{This app calls Stripe's server API with a secret key that anyone can extract from the APK; use the publishable key in the app and create PaymentIntents and Ephemeral Keys on your backend instead.}} [[id=csw7bH]]
// S                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #csw7bH {{The credential is written here, in the app's code}}
    return EphemeralKey.create(params, options); // Noncompliant {{This app calls Stripe's server API with a secret key that anyone can extract from the APK; use the publishable key in the app and create PaymentIntents and Ephemeral Keys on your backend instead.}}
//                      ^^^^^^
  }

  RequestOptions fromBuildConfig() {
    return RequestOptions.builder().setApiKey(BuildConfig.STRIPE_SECRET_KEY).build(); // Noncompliant {{This app calls Stripe's server API with a secret key that anyone can extract from the APK; use the publishable key in the app and create PaymentIntents and Ephemeral Keys on your backend instead.}}
//                                  ^^^^^^^^^
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.STRIPE_SECRET_KEY, which the build writes into the APK}}
// S                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #O4oe {{Passed to RequestOptions…setApiKey here}}
  }

  // Noncompliant@+1 {{Revoke this Stripe secret key (…B0sC) and keep secret keys on your backend; an app needs only the publishable key. It is only in a comment, but it stays in the repository's history.}}
  // Stripe.apiKey = "sk_test_51aatepBLQh6Rj9EFcnd7MuRWuiRgqbrNMQTf9aB5eNvZ0JPnd09LLhdiheq1zBu5CuoJnh8bgkjWydSv1ZVlENfcprASj7B0sC";
//                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
