package com.example.alerts

import com.pengrad.telegrambot.TelegramBot

object Bot {
    fun create(token: String): TelegramBot = TelegramBot.Builder(token).build() // Noncompliant {{This app runs a Telegram bot with a token that anyone can extract from the APK and use to control the bot; let your backend call the Bot API instead.}}

    private const val ALERT_TOKEN = "5190372846:AAk3Rz8Wq1Lp6Yt4Nm9Vb2Xc7Hd5Gf0Js8E"

    fun sendUrl() = "https://api.telegram.org/bot$ALERT_TOKEN/sendMessage" // Noncompliant {{Revoke the bot token in this Telegram Bot API URL (…Js8E) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}

    // the documentation's token stays silent
    const val TELEGRAM_TOKEN_EXAMPLE = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
}
