package com.example.shop

import android.content.Context
import com.mailchimp.sdk.core.MailchimpSdkConfiguration
import com.onesignal.OneSignal
import com.vonage.client.VonageClient

class Notifications(private val context: Context) {

    fun start() {
        OneSignal.initWithContext(context, BuildConfig.ONESIGNAL_APP_ID)
        val mailchimp = MailchimpSdkConfiguration.Builder(context, "90d20a043596b28791d51205812b6721-us13").build()
    }

    fun voice() = VonageClient.builder()
        .apiKey("e0182c64")
        .apiSecret("kBCXeJbSA8WWHdOv")
        .build()
}
