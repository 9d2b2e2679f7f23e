package com.example.shop

import com.stripe.Stripe
import com.stripe.StripeClient

object StripeKeys {
    const val PUBLISHABLE = "pk_test_T8YGN0klCnpDPw0DCDfjGg6r"
    const val SECRET = "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" // Noncompliant {{Revoke this Stripe secret key (…vOnx) and keep secret keys on your backend; an app needs only the publishable key.}}
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}

class Checkout {

    fun client(): StripeClient = StripeClient.builder().setApiKey(BuildConfig.STRIPE_SECRET_KEY).build() // Noncompliant {{This app calls Stripe's server API with a secret key that anyone can extract from the APK; use the publishable key in the app and create PaymentIntents and Ephemeral Keys on your backend instead.}}
//                                                      ^^^^^^^^^
//                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.STRIPE_SECRET_KEY, which the build writes into the APK}}
// S                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #O4oe {{Passed to StripeClient…setApiKey here}}

    fun legacy() {
        Stripe.apiKey = StripeKeys.SECRET
    }

    // Noncompliant@+1 {{Revoke this Stripe secret key (…uOim) and keep secret keys on your backend; an app needs only the publishable key.}} [[id=uOim]]
    fun inline(): StripeClient = StripeClient("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") // Noncompliant {{This app calls Stripe's server API with a secret key that anyone can extract from the APK; use the publishable key in the app and create PaymentIntents and Ephemeral Keys on your backend instead.}} [[id=csuOim]]
// S                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #csuOim {{The credential is written here, in the app's code}}
}
