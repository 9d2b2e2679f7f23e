package com.example.help;

import android.content.Context;
import org.zendesk.client.v2.Zendesk;

public class HelpCenter {

  void init(Context context) {
    zendesk.core.Zendesk.INSTANCE.init(context, BuildConfig.ZENDESK_URL, BuildConfig.ZENDESK_APP_ID, BuildConfig.ZENDESK_CLIENT_ID);
  }

  Zendesk agentClient() {
    return new Zendesk.Builder(BuildConfig.ZENDESK_URL)
      .setUsername("agent@example.com")
      // Noncompliant@+1 {{Revoke this Zendesk API token (…YgHE) in the Admin Center and call the Zendesk API from your backend; the app's SDKs need only their public ids and a JWT your backend signs.}} [[id=YgHE]]
      .setToken("20KkTMQEMDV6hjQ6LieRG1SLyFfgMfGpToLLYgHE") // Noncompliant {{This app calls the Zendesk API with an agent's API token that anyone can extract from the APK; use the Zendesk SDKs with a JWT identity, and call the API from your backend.}} [[id=cs1]]
// S            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs1 {{The credential is written here, in the app's code}}
      .build();
  }
}
