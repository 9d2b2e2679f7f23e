package com.example.drivers

/** The Rides app's Twilio account and AWS access key, and a Twilio account of the drivers' own. */
object Config {
    const val TWILIO_ACCOUNT_SID = "ACfd6c0e63a78664d82aec86ce81b06ee4"
    const val AWS_ACCESS_KEY_ID = "AKIATHCZLVXKDYPMTB2J"
    const val SUPPORT_ACCOUNT_SID = "ACb8db892a5f05329fa89f5d0f1d593bc4"
}
