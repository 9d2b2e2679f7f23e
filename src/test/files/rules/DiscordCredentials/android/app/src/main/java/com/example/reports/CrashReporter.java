package com.example.reports;

import club.minnced.discord.webhook.WebhookClient;

public class CrashReporter {

  WebhookClient client() {
    // Noncompliant@+1 {{Delete this Discord webhook (…oZA8) and create a new one that only your backend knows: anyone who extracts the URL can post to your channel.}} [[id=oZA8]]
    return WebhookClient.withUrl("https://discord.com/api/webhooks/8151020936570427202/VcTy_QzVTsZl0nfeUZ332VAnCTlB2SDUtx98U1NonPqM-ohvZLWr3XFSHmnPppn0oZA8"); // Noncompliant {{This app signs in to Discord as a bot, or posts to a webhook, with a credential that anyone can extract from the APK; let your backend do it instead.}} [[id=cs1]]
//                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }
}
