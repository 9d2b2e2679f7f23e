package com.example.orders

import com.razorpay.RazorpayClient

object Refunds {
    private const val RAZORPAY_SECRET = "qtFh6X3aereup2jI8obzGUWF" // Noncompliant {{Revoke this Razorpay key secret (…GUWF); create orders and verify payments on your backend, and give the app only the key id.}} [[id=i8]]
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun client() = RazorpayClient(System.getenv("RAZORPAY_KEY_ID"), RAZORPAY_SECRET)
// S                                                                ^^^^^^^^^^^^^^^ #i8 {{Passed to new RazorpayClient here}}
}
