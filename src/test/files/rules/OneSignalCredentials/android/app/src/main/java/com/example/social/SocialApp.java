package com.example.social;

import android.app.Application;
import com.onesignal.OneSignal;
import java.net.HttpURLConnection;
import java.net.URL;

public class SocialApp extends Application {

  static final String ONESIGNAL_APP_ID = "7d11bfb8-c840-4de0-85b3-97dc2b1aeb09";
  static final String REST_KEY = "Y2YyOGFkM2EtNDhmNC00ZDg4LTlmMmEtYjE0ODc2MWFhYzBj";

  @Override
  public void onCreate() {
    super.onCreate();
    OneSignal.initWithContext(this, ONESIGNAL_APP_ID);
  }

  void notifyFriend(String json) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) new URL("https://onesignal.com/api/v1/notifications").openConnection();
    connection.setRequestProperty("Authorization", "Basic " + REST_KEY); // Noncompliant {{This app calls OneSignal's REST API with an API key that anyone can extract from the APK; let your backend send the notifications instead.}}
  }
}
