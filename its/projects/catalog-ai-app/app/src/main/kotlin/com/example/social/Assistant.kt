package com.example.social

import com.anthropic.client.okhttp.AnthropicOkHttpClient
import io.agora.media.RtcTokenBuilder2

const val SUMMARY_MODEL_KEY = "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"
const val AGORA_APP_ID = "9fe8840fc50c79955f55ce579f3fb85b"
const val AGORA_APP_CERTIFICATE = "1a8f9b0972c693196d24d43874faa885"
const val ALGOLIA_ADMIN_API_KEY = "0526dc05cc63ba7e3b75656c530548a6"

object Assistant {
    val client = AnthropicOkHttpClient.builder()
        .apiKey("sk-ant-api03-QRocykHF-bcW1fE3WyogWikiKRyjdgxAEWyNz-MNL4e1or1NUc5rVQfxyQBBq-InIE13wGggtwd9lUXYUo5xP6sg-xlFXAA")
        .build()

    fun callToken(channel: String, uid: Int): String =
        RtcTokenBuilder2().buildTokenWithUid(AGORA_APP_ID, AGORA_APP_CERTIFICATE, channel, uid, RtcTokenBuilder2.Role.ROLE_PUBLISHER, 3600, 3600)
}
