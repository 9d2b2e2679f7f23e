package com.example.reports

import net.dv8tion.jda.api.JDABuilder

object Moderator {
    fun start() = JDABuilder.createLight(BuildConfig.DISCORD_BOT_TOKEN).build() // Noncompliant {{This app signs in to Discord as a bot, or posts to a webhook, with a credential that anyone can extract from the APK; let your backend do it instead.}} [[id=cs2]]
// S                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs2 {{Read from BuildConfig.DISCORD_BOT_TOKEN, which the build writes into the APK}}
// S                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #TQsJ {{Passed to JDABuilder.createLight here}}
}
