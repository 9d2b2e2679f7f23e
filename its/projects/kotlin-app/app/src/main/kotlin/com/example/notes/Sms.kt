package com.example.notes

import android.content.Context
import com.twilio.Twilio
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials

private const val SID = "AC6f0a8efbf755e63211d4f7a4ce1b17a1"

class Sms(private val context: Context) {

    fun send() {
        Twilio.init(SID, context.getString(R.string.twilio_auth_token))
    }

    val backup = AwsBasicCredentials.create(
        "AKIASCIWSDYA5U6EOE7W",
        "XRWNgl+FkbK4YB/uNmFoGMHDJ6H5BCY+8bmCRDqD",
    )
}
