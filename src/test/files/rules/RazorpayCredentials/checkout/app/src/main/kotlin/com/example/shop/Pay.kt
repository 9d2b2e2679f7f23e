package com.example.shop

import android.app.Activity
import com.razorpay.Checkout
import org.json.JSONObject

// The Standard Checkout with the public key id and an order created on the backend: nothing to report.
class Pay {
    fun open(activity: Activity, orderId: String) {
        val checkout = Checkout()
        checkout.setKeyID("rzp_live_d04CjVn9thKvT8")
        checkout.open(activity, JSONObject().put("order_id", orderId))
    }
}
