package com.example.bot

import dev.kord.core.Kord

const val BOT_TOKEN = "NjUzNjU2NDM0OTQ3MDAwMDM1MA.rGI6YY.syOCI1ouyMJJKgumMMXAsyhHii88HdMD30tLGQ" // Noncompliant {{Reset this Discord bot token (…tLGQ) in the Developer Portal and run the bot on your backend instead; anyone who extracts it controls the bot.}}

const val ALERTS = "https://discord.com/api/webhooks/8429481630763018361/jbqzgC6wD_trt-ePGK1FjNckt3qfdvmta8IxHQKssKBV2Qgy9RVwJkYSxZf1rMN-01Z4" // Noncompliant {{Delete this Discord webhook (…01Z4) and create a new one that only your backend knows: anyone who extracts the URL can post to your channel.}}

suspend fun main() {
    val kord = Kord(System.getenv("DISCORD_BOT_TOKEN"))
    kord.login()
}
