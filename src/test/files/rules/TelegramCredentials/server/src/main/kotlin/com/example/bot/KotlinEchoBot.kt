package com.example.bot

import org.telegram.telegrambots.bots.TelegramLongPollingBot
import org.telegram.telegrambots.meta.api.objects.Update

// the supertype's constructor takes the token
class KotlinEchoBot : TelegramLongPollingBot("5041995435:AAS70cMPDyKS2OOWgPor5iTMnkB3FlOAfQf") { // Noncompliant {{Revoke this Telegram bot token (…AfQf) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}
    override fun getBotUsername() = "example_echo_bot"

    override fun onUpdateReceived(update: Update) {
    }
}

// silent: a string of the same shape given to another supertype's constructor
class KotlinEchoFailure : RuntimeException("2060715592:AAtTmqxtIoysvqpPdCxS9ypc38oNIrWu4-p")
