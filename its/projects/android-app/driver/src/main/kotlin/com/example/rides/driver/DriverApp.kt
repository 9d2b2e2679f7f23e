package com.example.rides.driver

import android.app.Application
import com.twilio.Twilio
import okhttp3.Credentials
import okhttp3.Request

class DriverApp : Application() {

    override fun onCreate() {
        super.onCreate()
        Twilio.init(DriverSecrets.ACCOUNT, DriverSecrets.API_TOKEN)
    }

    fun fromBuildConfig() {
        Twilio.init(
            username = BuildConfig.TWILIO_ACCOUNT_SID,
            password = BuildConfig.TWILIO_AUTH_TOKEN,
        )
    }

    fun callRequest(to: String): Request = Request.Builder()
        .url("https://api.twilio.com/2010-04-01/Accounts/${DriverSecrets.ACCOUNT}/Calls.json")
        .header("Authorization", Credentials.basic(DriverSecrets.ACCOUNT, DriverSecrets.API_TOKEN))
        .post(okhttp3.FormBody.Builder().add("To", to).build())
        .build()
}
