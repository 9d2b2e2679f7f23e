package com.example.shop

import android.content.Context
import com.braintreepayments.api.BraintreeClient

// The Android SDK with a tokenization key, public by design: nothing to report.
class Pay {
    fun client(context: Context) = BraintreeClient(context, "sandbox_mz6fk4sm_jvilx3s0iwgc7sh5")
}
