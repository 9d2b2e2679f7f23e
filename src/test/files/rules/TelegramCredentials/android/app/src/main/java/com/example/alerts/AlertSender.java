package com.example.alerts;

import com.pengrad.telegrambot.TelegramBot;

public class AlertSender {

  // the constant's name says nothing: the token is reported where the Bot API URL is built with it
  private static final String TOKEN = "2296396075:AAW4xUuCnDLjbmag1PsLpyXLf036enKBkiR";
  private static final String SEND_URL = "https://api.telegram.org/bot" + TOKEN + "/sendMessage"; // Noncompliant {{Revoke the bot token in this Telegram Bot API URL (…BkiR) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}

  TelegramBot bot() {
    return new TelegramBot(BuildConfig.TELEGRAM_BOT_TOKEN); // Noncompliant {{This app runs a Telegram bot with a token that anyone can extract from the APK and use to control the bot; let your backend call the Bot API instead.}} [[id=cs1]]
// S                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs1 {{Read from BuildConfig.TELEGRAM_BOT_TOKEN, which the build writes into the APK}}
// S                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #DIdy {{Passed to new TelegramBot here}}
  }

  String endpoint() {
    return "https://api.telegram.org/bot2606935789:AAScXBDuSyHoHexPCCHp-hOVNZ-SVMf4XI9/getUpdates"; // Noncompliant {{Revoke the bot token in this Telegram Bot API URL (…4XI9) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }
}
