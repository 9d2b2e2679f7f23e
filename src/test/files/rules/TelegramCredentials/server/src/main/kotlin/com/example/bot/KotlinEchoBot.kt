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

// a secondary constructor hands the token to the superclass; the supertype is listed without a call
class KotlinCommandBot : TelegramLongPollingBot {
    constructor() : super("7305518842:AAEw3mRkQ9bVn2pLs8TzXc4Hy6JdUo1Fg0K") // Noncompliant {{Revoke this Telegram bot token (…Fg0K) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}

    override fun getBotUsername() = "example_command_bot"

    override fun onUpdateReceived(update: Update) {
    }
}

// silent: the same shape handed to another superclass by a secondary constructor
class KotlinCommandFailure : RuntimeException {
    constructor() : super("6150824437:AAGz7kVb2NqLw5Xc8RtYm3PsHd9JfUe4Ki1")
}
