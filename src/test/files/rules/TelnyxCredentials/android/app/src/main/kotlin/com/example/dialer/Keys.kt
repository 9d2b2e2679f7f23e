package com.example.dialer

object Keys {
    const val TELNYX_API_KEY = "KEYA7D9E755511150623EC8A35F5F66FD7C_bOhgaQ_c0oedaZFYdVUKOK" // Noncompliant {{Revoke this Telnyx API key (…UKOK) and call Telnyx from your backend; log the app in with a short-lived JWT instead.}}
//                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // not credentials
    const val TELNYX_LOGIN_TOKEN_HINT = "paste the JWT from your backend"
    const val SDK_TEST_KEY = "KEY01236170692E74656C6E79782E636F6D_YmlnIGlyb24gaXMgZGVhZA"
}
