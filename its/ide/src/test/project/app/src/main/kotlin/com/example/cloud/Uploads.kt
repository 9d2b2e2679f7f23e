package com.example.cloud

import com.amazonaws.auth.BasicAWSCredentials

object Uploads {
    // the same Twilio account as ChatSetup.java: SharedAccountSid is for the server's analysis
    const val ACCOUNT_SID = "AC6e9656ff9d48ce541a574f17b9aa0c06"

    fun credentials() = BasicAWSCredentials("AKIARFZS4XDQLWXZP5FV", "V67L9bqYjmzi/63fGSfQmDKnRbSy+I97yRfePkDM")
}
