package com.example.shop

import com.mailgun.api.v3.MailgunMessagesApi
import com.mailgun.client.MailgunClient

class Receipts {
    val api: MailgunMessagesApi = MailgunClient.config(BuildConfig.MAILGUN_KEY).createApi(MailgunMessagesApi::class.java) // Noncompliant {{This app sends mail through Mailgun with an API key that anyone can extract from the APK; send it from your backend instead.}}
//                                              ^^^^^^
// S                                                   ^^^^^^^^^^^^^^^^^^^^^^^@-1 #5knh {{Passed to MailgunClient.config here}}
}
