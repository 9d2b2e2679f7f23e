package com.example.hostile

object HealthyKt {
    const val TWILIO_AUTH_TOKEN = "e12c514ae306b16db28b408f61f4b419"
}
