package com.example.backend

import com.twilio.Twilio
import com.twilio.jwt.accesstoken.AccessToken
import com.twilio.jwt.accesstoken.VoiceGrant
import io.ktor.server.application.Application
import okhttp3.Credentials

// A Ktor backend: the same calls are how a server should use Twilio; nothing to report for ClientSideAccountCredentials.
fun Application.notifications() {
    Twilio.init(System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"), System.getenv("TWILIO_ACCOUNT_SID"))
    val basic = Credentials.basic(System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"))
    val url = "https://api.twilio.com/2010-04-01/Accounts/Messages.json"
}

fun voiceToken(identity: String): String = AccessToken.Builder(
    System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"))
    .identity(identity)
    .grant(VoiceGrant())
    .ttl(3600)
    .build()
    .toJwt()
