package com.example.news

import android.content.Context
import com.ecwid.maleorang.MailchimpClient
import com.mailchimp.sdk.api.model.Contact
import com.mailchimp.sdk.core.MailchimpSdkConfiguration
import com.mailchimp.sdk.main.Mailchimp

const val MAILCHIMP_API_KEY = "f5e2984762070d13b71982f161a6624a-us15" // Noncompliant {{Revoke this Mailchimp API key (…us15); an app adds contacts with the Mailchimp mobile SDK key, and calls the Marketing API only from your backend.}} [[id=us15]]
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

class Newsletter(private val context: Context) {

    // the client-safe way: the SDK key, public by design, whatever the constant's name
    fun subscribe(email: String) {
        val configuration = MailchimpSdkConfiguration.Builder(context, BuildConfig.MAILCHIMP_SDK_KEY).build()
        Mailchimp.initialize(configuration).createOrUpdateContact(Contact.Builder(email).build())
    }

    fun fromResources() = MailchimpSdkConfiguration.Builder(context, context.getString(R.string.mailchimp_api_key)).build()

    fun inline() = MailchimpSdkConfiguration.Builder(context, "52e4c9d0e64579248e3601bbbf6828a7-us3").build()

    fun marketing() = MailchimpClient(MAILCHIMP_API_KEY) // Noncompliant {{This app calls Mailchimp's server API with a key that anyone can extract from the APK; use the Mailchimp mobile SDK key in apps and call the API from your backend.}}
// S                                  ^^^^^^^^^^^^^^^^^ #us15 {{Passed to new MailchimpClient here}}
//                    ^^^^^^^^^^^^^^^@-1
}
