package com.example.mail;

import com.mailgun.api.v3.MailgunMessagesApi;
import com.mailgun.client.MailgunClient;
import net.sargue.mailgun.Configuration;

public class MailgunMessages {

  static final String KEY = "7ece908982f52db658af5b7c4d228a1f-d692cd0b-bd9ebce8"; // Noncompliant {{Revoke this Mailgun API key (…bce8) and send mail from your backend instead, with a domain sending key.}} [[id=bce8]]
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  MailgunMessagesApi api() {
    return MailgunClient.config(KEY)
// S                            ^^^ #bce8 {{Passed to MailgunClient.config here}}
      .createApi(MailgunMessagesApi.class);
  }

  MailgunMessagesApi europe() {
    // Noncompliant@+1 {{Revoke this Mailgun private API key (…9vtc) and send mail from your backend instead, with a domain sending key.}}
    return MailgunClient.config("https://api.eu.mailgun.net/", "key-7phpdy0a8me1aw4k3kn0iamya8e29vtc")
//                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      .createApi(MailgunMessagesApi.class);
  }

  Configuration sargue() {
    return new Configuration()
      .domain("mg.example.com")
      .apiKey("039c2d16da9a4c881dfea1a5915a9664-7426632b-545d7780") // Noncompliant {{Revoke this Mailgun API key (…7780) and send mail from your backend instead, with a domain sending key.}}
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      .from("Shop", "shop@mg.example.com");
  }

  // look-alikes: silent
  static final String PUBLIC_VALIDATION_KEY = "pubkey-8aa3eca9d7ba472eacf3939ed74be36d";
  static final String MESSAGE_DIGEST = "6be825ae0cb544c4929134f5a7112242-fac5e3b1-fecbd92e";
  static final String DOCS_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";

  MailgunMessagesApi docs() {
    return MailgunClient.config(DOCS_KEY).createApi(MailgunMessagesApi.class);
  }
}
