package com.example.rides.driver

/** The same Twilio account as the passenger app. */
object DriverSecrets {
    const val ACCOUNT = "AC8fa1774254d8bf635fc1c3a1d937ed9f"
    const val API_TOKEN = "1104b03aeda5bf9532966709cf17cfbe"
}
