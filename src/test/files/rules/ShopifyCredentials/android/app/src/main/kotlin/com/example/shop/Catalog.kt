package com.example.shop

import android.content.Context
import com.shopify.buy3.GraphClient

object ShopConfig {
    const val SHOPIFY_API_SECRET = "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" // Noncompliant {{Rotate this Shopify app's shared secret (…cbed) in the Partner Dashboard; only the backend that verifies Shopify's OAuth and webhooks may hold it.}}
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}

class Catalog(private val context: Context) {
    // the Mobile Buy SDK with the Storefront API's public token: not reported
    fun client(): GraphClient = GraphClient.builder(context)
        .shopDomain("example-store.myshopify.com")
        .accessToken(BuildConfig.STOREFRONT_TOKEN)
        .build()
}
