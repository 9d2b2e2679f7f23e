package com.example.mail;

import com.sendgrid.SendGrid;

public class Mailer {

  private static final String SENDGRID = "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"; // Noncompliant {{Revoke this SendGrid API key (…-Eeg) and send mail from your backend instead; no SendGrid key is safe in an app.}} [[id=Eeg]]
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  SendGrid client() {
    return new SendGrid(BuildConfig.MAIL_KEY); // Noncompliant {{This app sends mail through SendGrid with an API key that anyone can extract from the APK; send it from your backend instead.}}
// S                    ^^^^^^^^^^^^^^^^^^^^ #stUA {{Passed to new SendGrid here}}
//             ^^^^^^^^@-1
//                      ^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.MAIL_KEY, which the build writes into the APK}}
  }

  SendGrid fromConstant() {
    return new SendGrid(SENDGRID, false); // Noncompliant {{This app sends mail through SendGrid with an API key that anyone can extract from the APK; send it from your backend instead.}}
//             ^^^^^^^^
// S                    ^^^^^^^^@-1 #Eeg {{Passed to new SendGrid here}}
  }
}
