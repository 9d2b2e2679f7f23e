package com.example.ask;

import android.content.Context;
import com.google.genai.Client;

/** The Gen AI SDK from Java: Client is com.google.genai.Client, as the import says. */
public class GenAi {

  static Client client(Context context) {
    return Client.builder().apiKey(context.getString(R.string.gemini_api_key)).build(); // Noncompliant {{This app calls Gemini with a Google API key that anyone can extract from the APK; use Firebase AI Logic with App Check, or call Gemini from your backend, instead.}} [[id=genaij]]
// S                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #genaij {{Read from the string resource gemini_api_key, packaged in the APK}}
// S                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #bRoS {{Passed to Client…apiKey here}}
  }
}
