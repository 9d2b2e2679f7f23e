package com.example.billing

import com.braintreegateway.BraintreeGateway
import com.braintreegateway.Environment

object Refunds {
    fun gateway() = BraintreeGateway(Environment.SANDBOX, "a8ln8wlbn7jv4xs9", "jbyq90iczt9wiset", "bb4bdbf2a12545ae33eb6f034ecc989e") // Noncompliant {{Revoke this Braintree private key (…989e); the app needs only a tokenization key or a client token from your server.}}
//                                                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
