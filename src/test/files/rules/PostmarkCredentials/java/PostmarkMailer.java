package com.example.mail;

import com.postmarkapp.postmark.Postmark;
import com.postmarkapp.postmark.client.AccountApiClient;
import com.postmarkapp.postmark.client.ApiClient;
import java.util.UUID;
import okhttp3.Request;

public class PostmarkMailer {

  static final String TOKEN = "9f7667bb-afb2-4579-b91f-3a789d658a0c"; // Noncompliant {{Revoke this Postmark Server API token (…8a0c) and send mail from your backend instead.}} [[id=8a0c]]
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  ApiClient client() {
    return Postmark.getApiClient(TOKEN, true);
// S                             ^^^^^ #8a0c {{Passed to Postmark.getApiClient here}}
  }

  AccountApiClient account() {
    return Postmark.getAccountApiClient("8b2f80d4-ee63-48f7-b077-78e484611481"); // Noncompliant {{Revoke this Postmark Account API token (…1481) and manage Postmark from your backend only.}}
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  Request request(String json) {
    return new Request.Builder()
      .url("https://api.postmarkapp.com/email")
      .header("X-Postmark-Server-Token", "5c35a117-8951-4c24-a0c0-02bed2d37a3c") // Noncompliant {{Revoke this Postmark Server API token (…7a3c) and send mail from your backend instead.}}
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      .header("X-Request-Id", "c4549f2f-cadc-4621-9e1b-f39b9f7afe6e")
      .build();
  }

  // look-alikes: silent
  static final String REQUEST_ID = "d7090ee1-62dd-49b1-92a4-c23592e45e70";
  static final UUID INSTALLATION = UUID.fromString("e8e3df68-ea10-49b9-af76-a84ba50055f7");

  // the enclosing class names Postmark: a SERVER_TOKEN here is Postmark's
  static final String SERVER_TOKEN = "43daf7aa-83d0-48e6-a876-0587491e1736"; // Noncompliant {{Revoke this Postmark Server API token (…1736) and send mail from your backend instead.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  ApiClient test() {
    return Postmark.getApiClient("POSTMARK_API_TEST");
  }
}
