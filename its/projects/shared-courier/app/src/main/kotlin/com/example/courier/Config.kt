package com.example.courier

/** The same Twilio account and AWS access key as the Maps app. */
object Config {
    const val TWILIO_ACCOUNT_SID = "AC27fa66efcc9c93ecca9f9511fae958f4"
    const val AWS_ACCESS_KEY_ID = "AKIAZE7POTCUIR5GO3ZU"
}
