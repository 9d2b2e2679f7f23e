package com.example.shop;

import com.stripe.android.PaymentConfiguration;

final class Payments {

  static final String STRIPE_SECRET = "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";
  static final String PUBLISHABLE = "pk_live_lBrt5zG4naKZrNOUwcLN1rbsOzzPTAeUzwTT2vNJBoPC4a7Wk7cRvgmlN9AJ1bXgJHkC3zntqffNdm4MZ32h8vE6vZHhwpSNEva";

  void setUp(android.content.Context context) {
    PaymentConfiguration.init(context, PUBLISHABLE);
  }

  void openCheckout(com.razorpay.Checkout checkout) {
    checkout.setKeyID("rzp_live_12GcAOEFAtZvGG");
  }
}
