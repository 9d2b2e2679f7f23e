package com.example.shop;

import okhttp3.Request;
import okhttp3.RequestBody;

/** The Admin API called from the app. */
public class Orders {

  static final String ADMIN_URL = "https://example-store.myshopify.com/admin/api/2024-10/graphql.json";

  Request orders(RequestBody body) {
    return new Request.Builder()
        .url(ADMIN_URL)
        .header("X-Shopify-Access-Token", BuildConfig.SHOPIFY_ADMIN_TOKEN) // Noncompliant {{This app calls Shopify's Admin API with an access token that anyone can extract from the APK; use the Storefront API's public token in the app and call the Admin API from your backend.}}
//       ^^^^^^
//                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.SHOPIFY_ADMIN_TOKEN, which the build writes into the APK}}
        .post(body)
        .build();
  }
}
