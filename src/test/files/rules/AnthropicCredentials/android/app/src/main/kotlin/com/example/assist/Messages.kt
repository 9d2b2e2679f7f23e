package com.example.assist

import okhttp3.Request

object Messages {
    private const val KEY = "sk-ant-api03-5uPR-Qor9DIty9G0iRdXNV6CxCw77IlorBNGdScK1QS8I2bLQZSpDF7hdHWtbLiLAtIUAXzWUjCcdGpJyZiWliijLxlGWAA" // Noncompliant {{Revoke this Anthropic API key (…GWAA) and call Claude from your backend; no Anthropic key is safe in an app.}} [[id=GWAA]]
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    fun request(body: okhttp3.RequestBody) = Request.Builder()
        .url("https://api.anthropic.com/v1/messages")
        .header("x-api-key", KEY) // Noncompliant {{This app calls Claude with an Anthropic API key that anyone can extract from the APK; call Anthropic from your backend instead.}}
//       ^^^^^^
        .header("anthropic-version", "2023-06-01")
        .post(body)
        .build()
}
