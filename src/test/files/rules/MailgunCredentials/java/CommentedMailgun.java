package com.example.mail;

/** A working configuration commented out: its key is still in the repository's history. */
public class CommentedMailgun {

  void init() {
    // Noncompliant@+1 {{Revoke this Mailgun private API key (…4yye) and send mail from your backend instead, with a domain sending key. It is only in a comment, but it stays in the repository's history.}}
    // MailgunMessagesApi api = MailgunClient.config("key-jsj4tee4my1jhcckhqjjglphm4n74yye").createApi(MailgunMessagesApi.class);
//                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    // MailgunClient.config(System.getenv("MAILGUN_API_KEY")) is what the code does now
  }
}
