package com.example.orders

import com.paypal.base.rest.APIContext

object Payouts {
    fun context() = APIContext("AI_8hDn5S317Nv0dHjqYz3Xuwe1S9bUxGEuk1qoYPAY4ZjHUbr9riEdrxVaMm5LU9jhFpfG5dB1-hT4q", "EsR7Qk7wrHAJyaAnnDqSTYodumhnkQ4S5yHPrfhncnSrxUcc0rjckKzNH0ZpKSN6w4x84cWz0Dwi4o5y", "live") // Noncompliant {{Revoke this PayPal client secret (…4o5y); create and capture orders on your backend and give the app only the client ID.}} [[id=i7]]
//                                                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #i7 {{PayPal client ID A…hT4q that goes with it}}
}
