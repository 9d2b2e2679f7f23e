package com.example.mail;

public class WebhookVerifier {

  // Noncompliant@+1 {{Revoke this Mailgun webhook signing key (…7179) and verify webhooks on your backend only; an app that holds it lets anyone forge Mailgun events.}}
  private static final String MAILGUN_WEBHOOK_SIGNING_KEY = "a19e62e7016d41350a3a4f48614fb93e-5a4852fa-e2377179";
//                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // Noncompliant@+1 {{Reset this Mailgun SMTP password (…f3e4) and send mail from your backend instead.}}
  private static final String MAILGUN_SMTP_PASSWORD = "82852c689ad97eef50f1b973e711c5a3-fec72ad3-24e1f3e4";
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
