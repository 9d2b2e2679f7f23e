package com.example.shop

import com.paypal.android.corepayments.CoreConfig
import com.paypal.android.corepayments.Environment

// The PayPal Android SDK takes the public client ID: nothing to report.
class Pay {
    fun config() = CoreConfig(BuildConfig.PAYPAL_CLIENT_ID, Environment.LIVE)
}
