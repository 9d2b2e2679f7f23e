package com.example.mail

import com.sendgrid.SendGrid

object Relay {
    // Noncompliant@+1 {{Revoke this SendGrid API key (…-_Q5) and send mail from your backend instead; no SendGrid key is safe in an app. It is only in a comment, but it stays in the repository's history.}}
    // val sendGrid = SendGrid("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")
//                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun client(key: String) = SendGrid(key) // Noncompliant {{This app sends mail through SendGrid with an API key that anyone can extract from the APK; send it from your backend instead.}}
//                            ^^^^^^^^

    // a template id is no key
    const val TEMPLATE = "d-8f2b6d0a4e9c1357f8b2d6a0e4c91b35"
}
