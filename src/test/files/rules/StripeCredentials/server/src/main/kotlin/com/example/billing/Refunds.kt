package com.example.billing

import com.stripe.net.RequestOptions

class Refunds {
    private val options = RequestOptions.builder()
        .setApiKey("rk_test_51kWOBg2Xeuw1VIgVc2cmqHfTz3pfTBDvKEgz5ijjbWGsZKXSn2bLZazY2NAsJTU5LyuHiDxBjlaSCWrWd46EF1QjkzK2P4hhua") // Noncompliant {{Revoke this Stripe restricted key (…hhua) and keep restricted keys on your backend; an app needs only the publishable key.}}
//                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        .build()

    private val fromEnvironment = RequestOptions.builder().setApiKey(System.getenv("STRIPE_RESTRICTED_KEY")).build()
}
