package com.example.assist;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;

/** The Anthropic server SDK, in an app. */
public class Claude {

  AnthropicClient client() {
    return AnthropicOkHttpClient.builder()
      .apiKey(BuildConfig.CLAUDE_KEY) // Noncompliant {{This app calls Claude with an Anthropic API key that anyone can extract from the APK; call Anthropic from your backend instead.}}
// S          ^^^^^^^^^^^^^^^^^^^^^^ #tuAA {{Passed to AnthropicOkHttpClient…apiKey here}}
//     ^^^^^^@-1
//            ^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.CLAUDE_KEY, which the build writes into the APK}}
      .build();
  }
}
