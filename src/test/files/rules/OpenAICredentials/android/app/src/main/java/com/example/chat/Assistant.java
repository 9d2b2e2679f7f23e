package com.example.chat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** The openai-java server SDK, in an app. */
public class Assistant {

  private static final String ADMIN = "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"; // Noncompliant {{Revoke this OpenAI Admin API key (…bnVe): it manages the whole organization and belongs on no device, nor in any app's code.}}
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  OpenAIClient fromBuildConfig() {
    return OpenAIOkHttpClient.builder()
      .apiKey(BuildConfig.OPENAI_API_KEY) // Noncompliant {{This app calls OpenAI with an API key that anyone can extract from the APK; call OpenAI from your backend, and give the app at most a short-lived Realtime client secret.}}
// S          ^^^^^^^^^^^^^^^^^^^^^^^^^^ #l4GP {{Passed to OpenAIOkHttpClient…apiKey here}}
//     ^^^^^^@-1
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.OPENAI_API_KEY, which the build writes into the APK}}
      .organization(BuildConfig.OPENAI_ORG)
      .build();
  }

  OpenAIClient inline() {
    return OpenAIOkHttpClient.builder().apiKey( // Noncompliant {{This app calls OpenAI with an API key that anyone can extract from the APK; call OpenAI from your backend, and give the app at most a short-lived Realtime client secret.}} [[id=cs1]]
//                                      ^^^^^^
      "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").build(); // Noncompliant {{Revoke this OpenAI API key (…umEl) and call OpenAI from your backend; an app gets at most a short-lived Realtime client secret from it.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }

  // not credentials: an organization id and a project id
  static final String ORGANIZATION = "org-EnNqvLD2zecHiwDA5FTyfAzi";
  static final String PROJECT = "proj_NpbJDdbXXfy5aozASTcQYZkZ";
}
