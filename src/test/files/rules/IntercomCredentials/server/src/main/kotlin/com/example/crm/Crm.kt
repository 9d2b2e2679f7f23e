package com.example.crm

import com.intercom.api.Intercom

object Crm {
    // a builder chain whose type the front-end does not resolve: its owner is the chain's root, Intercom
    fun client(): Intercom = Intercom.builder().token("dG9rOjVhMjhjZDJiX2VlMjBfNDU1MV9hOTgzXzMzNjJhODdhYmMzNToxOjA=").build() // Noncompliant {{Revoke this Intercom access token (…OjA=) and call Intercom's REST API from your backend; the app needs only the Android SDK's API key and app id.}}

    fun fromEnvironment(): Intercom = Intercom.builder().token(System.getenv("INTERCOM_API_KEY")).build()
}
