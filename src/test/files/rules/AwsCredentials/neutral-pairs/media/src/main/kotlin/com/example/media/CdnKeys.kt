package com.example.media

object CdnKeys {
    const val CDN_KEY_ID = "AKIASJ7KFZSB4PKC6P6R"
//                         ^^^^^^^^^^^^^^^^^^^^^^> {{AWS access key ID AKIA…6P6R that goes with it}}
    const val CDN_SECRET = "yNQ8kIpuhMVGW0yT4sXb3Jt4cd8NxSg0ZcvJ0DDc" // Noncompliant {{Revoke this AWS secret access key (…0DDc); give the app temporary credentials from Cognito or STS instead.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // look-alikes: silent
    const val CDN_CERT_FINGERPRINT = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"
    const val CDN_URL_SALT = "Qm9vbGVhbkZvcm11bGFzQXJlTm90U2VjcmV0cw12"
    const val DOCS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
