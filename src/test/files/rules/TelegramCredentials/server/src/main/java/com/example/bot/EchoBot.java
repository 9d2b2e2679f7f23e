package com.example.bot;

import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.objects.Update;

public class EchoBot extends TelegramLongPollingBot {

  EchoBot() {
    // the superclass' constructor takes the token
    super("9182972871:AAMbwTu_bjlysZmTCWZx4m97VHJby2xw6Ot"); // Noncompliant {{Revoke this Telegram bot token (…w6Ot) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}
  }

  @Override
  public String getBotToken() {
    return "8693055517:AAVYmUucTyl5aPO7O7kWiFARyIjpKcZWOIa"; // Noncompliant {{Revoke this Telegram bot token (…WOIa) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}
  }

  OkHttpTelegramClient client() {
    return new OkHttpTelegramClient("7741106507:AA3Alob8nRIHBSII3NQDvxZKHy9HVN_YQie"); // Noncompliant {{Revoke this Telegram bot token (…YQie) with @BotFather and call the Bot API from your backend instead; anyone who extracts it controls the bot.}}
  }

  OkHttpTelegramClient fromEnvironment() {
    return new OkHttpTelegramClient(System.getenv("TELEGRAM_BOT_TOKEN"));
  }

  @Override
  public String getBotUsername() {
    return "example_echo_bot";
  }

  @Override
  public void onUpdateReceived(Update update) {
  }
}

// silent: a string of the same shape given to another superclass' constructor
class EchoFailure extends RuntimeException {
  EchoFailure() {
    super("6116862141:AAWJfC9LD-_T70jvCxsOXx0aW0wZZa6L_wF");
  }
}
