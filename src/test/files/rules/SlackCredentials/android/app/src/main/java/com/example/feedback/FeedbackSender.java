package com.example.feedback;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;

public class FeedbackSender {

  MethodsClient methods() {
    return Slack.getInstance().methods(BuildConfig.SLACK_BOT_TOKEN); // Noncompliant {{This app calls Slack with a token or webhook URL that anyone can extract from the APK; post to Slack from your backend instead.}} [[id=cs1]]
// S                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs1 {{Read from BuildConfig.SLACK_BOT_TOKEN, which the build writes into the APK}}
// S                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #oiZ0 {{Passed to Slack…methods here}}
  }

  void send(String payload) throws Exception {
    Slack.getInstance().send(getString(R.string.report_url), payload); // Noncompliant {{This app calls Slack with a token or webhook URL that anyone can extract from the APK; post to Slack from your backend instead.}} [[id=cs2]]
// S                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs2 {{Read from the string resource report_url, packaged in the APK}}
// S                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #RymI {{Passed to Slack…send here}}
  }

  // Noncompliant@+1 {{Revoke this Slack bot token (…FbAa) and call Slack from your backend instead; no Slack token is safe in an app. It is only in a comment, but it stays in the repository's history.}}
  // MethodsClient old = Slack.getInstance().methods("xoxb-739611194561-7856763508561-xKOhsXWTVAfODtObQ7flFbAa");

  String getString(int id) {
    return "";
  }
}
