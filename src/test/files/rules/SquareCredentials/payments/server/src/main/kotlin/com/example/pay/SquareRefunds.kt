package com.example.pay

import com.squareup.square.SquareClient

object SquareRefunds {
    fun client(): SquareClient = SquareClient.builder()
        .token("EAAAsPEExwhrkvYTakRTqc52cxmcKAnoTucZep85w1ItKaxiBKQ85v9mSICfoKzK") // Noncompliant {{Revoke this Square access token (…oKzK); take payments on your backend from a card nonce, or use OAuth tokens the app fetches at run time.}}
//             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        .build()

    fun fromEnvironment(): SquareClient = SquareClient.builder().token(System.getenv("SQUARE_TOKEN")).build()
}
