package com.example.alerts

import com.pengrad.telegrambot.TelegramBot

object Bot {
    fun create(token: String): TelegramBot = TelegramBot.Builder(token).build() // Noncompliant {{This app runs a Telegram bot with a token that anyone can extract from the APK and use to control the bot; let your backend call the Bot API instead.}}

    // the documentation's token stays silent
    const val TELEGRAM_TOKEN_EXAMPLE = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
}
