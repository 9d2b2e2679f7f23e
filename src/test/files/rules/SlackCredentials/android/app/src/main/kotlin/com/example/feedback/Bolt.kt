package com.example.feedback

import com.slack.api.bolt.AppConfig

object Bolt {
    fun config(): AppConfig = AppConfig.builder()
        .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
        .signingSecret("91e916395d7b74d147210055235f7e1b") // Noncompliant {{Regenerate this Slack app secret (…7e1b) in the app's settings; signing and client secrets belong on your backend only.}}
        .build()

    // a digest under a neutral name is silent
    const val CHECKSUM = "a382eef4cb878b02d3ed3852045fedd2"
}
