package com.example.orders;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import com.paypal.sdk.PaypalServerSdkClient;
import com.paypal.sdk.authentication.ClientCredentialsAuthModel;

/** PayPal's server SDKs: the client secret is reported, with the client ID that goes with it. */
class Orders {

  PaypalServerSdkClient client() {
    return new PaypalServerSdkClient.Builder()
        .clientCredentialsAuth(new ClientCredentialsAuthModel.Builder("AKTRAkTnWty5MSEh_XaKeZFHf9uxDKM3-VzCDuhJDVX2lbS0stCQjk-pfJxysgztdJMeFa24AywR7yf4", "EKVtOn9GphMP5OsTikKjDXN9VUMHrkpaxpVkkvZi4HmNX_1SwPi1jKm81J0lzN1NkOZFjrTnDYT-wwTB").build()) // Noncompliant {{Revoke this PayPal client secret (…wwTB); create and capture orders on your backend and give the app only the client ID.}} [[id=i4]]
//                                                                                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i4 {{PayPal client ID A…7yf4 that goes with it}}
        .build();
  }

  PayPalHttpClient checkout() {
    return new PayPalHttpClient(new PayPalEnvironment.Live(PayPalKeys.CLIENT_ID, PayPalKeys.CLIENT_SECRET));
// S                                                                             ^^^^^^^^^^^^^^^^^^^^^^^^ #i6 {{Passed to new PayPalEnvironment.Live here}}
  }

  PayPalHttpClient fromEnvironment() {
    return new PayPalHttpClient(new PayPalEnvironment.Live(System.getenv("PAYPAL_CLIENT_ID"), System.getenv("PAYPAL_CLIENT_SECRET")));
  }

// Noncompliant@+1 {{Revoke this PayPal client secret (…oxop); create and capture orders on your backend and give the app only the client ID. It is only in a comment, but it stays in the repository's history.}} [[id=i5]]
  // new PayPalEnvironment.Sandbox("AKTRAkTnWty5MSEh_XaKeZFHf9uxDKM3-VzCDuhJDVX2lbS0stCQjk-pfJxysgztdJMeFa24AywR7yf4", "EzqYZ9ubRIo3YejVTckHaiujT9qSTRG6hvPUphe5_JdQXyCQX5pStuKQZUsX_lsYgJce575Onzmmoxop");
//                                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i5 {{PayPal client ID A…7yf4 that goes with it}}
}
