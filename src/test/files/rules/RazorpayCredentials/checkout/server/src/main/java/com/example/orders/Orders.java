package com.example.orders;

import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;

/** Razorpay's server SDK: the key secret is reported, with the key id that goes with it. */
class Orders {

  static final String KEY_ID = "rzp_test_H7EV0zVmHiaXqI";
// S                           ^^^^^^^^^^^^^^^^^^^^^^^^^ #i5 {{Razorpay key id rzp_test_…aXqI that goes with it}}
  static final String KEY_SECRET = "CCjN6y9MGMWJDgXIX9lSgNTD"; // Noncompliant {{Revoke this Razorpay key secret (…gNTD); create orders and verify payments on your backend, and give the app only the key id.}} [[id=i5]]
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^

  RazorpayClient live() throws RazorpayException {
    return new RazorpayClient("rzp_live_HAmsW6Lz79VzYK", "XHNkDzFDLyJAsH9bCevZeUy2"); // Noncompliant {{Revoke this Razorpay key secret (…eUy2); create orders and verify payments on your backend, and give the app only the key id.}} [[id=i6]]
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                          ^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i6 {{Razorpay key id rzp_live_…VzYK that goes with it}}
  }

  RazorpayClient test() throws RazorpayException {
    return new RazorpayClient(KEY_ID, KEY_SECRET, true);
// S                                  ^^^^^^^^^^ #i5 {{Passed to new RazorpayClient here}}
  }

  RazorpayClient fromEnvironment() throws RazorpayException {
    return new RazorpayClient(System.getenv("RAZORPAY_KEY_ID"), System.getenv("RAZORPAY_KEY_SECRET"));
  }

// Noncompliant@+1 {{Revoke this Razorpay key secret (…LaDs); create orders and verify payments on your backend, and give the app only the key id. It is only in a comment, but it stays in the repository's history.}} [[id=i7]]
  // new RazorpayClient("rzp_live_HAmsW6Lz79VzYK", "kf9KlJcGDWeXWxRf8im4LaDs");
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                    ^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i7 {{Razorpay key id rzp_live_…VzYK that goes with it}}

  // not key secrets: a lower-case hex digest, and a webhook signature checked in a test
  static final String RAZORPAY_KEY_SECRET_MD5 = "1b4e28ba2fa1c11d2883f9a3c9b0e7d4";
  static final String EXPECTED_SIGNATURE = "Zr4QdkJut2ln1j96gafbQxeV";
}
