package com.example.shop;

import com.squareup.square.SquareClient;
import sqip.InAppPaymentsSdk;

/** Square's server SDK in the app: reported whatever the token's source. The application id is meant for the app. */
class Checkout {

  SquareClient client() {
    return SquareClient.builder().token(BuildConfig.SQUARE_TOKEN).build(); // Noncompliant {{This app calls Square's API with an access token that anyone can extract from the APK; send the card nonce to your backend and take the payment there.}}
//                                ^^^^^
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.SQUARE_TOKEN, which the build writes into the APK}}
// S                                    ^^^^^^^^^^^^^^^^^^^^^^^^@-2 #7qTO {{Passed to SquareClient…token here}}
  }

  void init() {
    InAppPaymentsSdk.setSquareApplicationId(BuildConfig.SQUARE_APP_ID);
  }
}
