package com.example.chat;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Sends a chat notification to another user's device straight from the app, with the legacy API. */
public class PushSender {

  private static final String FCM_URL = "https://fcm.googleapis.com/fcm/send";
  private static final String SERVER_KEY = "AAAAqQ7HIfS:APA91bwb1RWzUzw76GypuJEfuaMhtQy8yjJYvG8vk0icqYPOY12kU7RkG14ual2oSLTepFuSnxHUdc76bch7WXMTRJWy3UoyBD270a9dT0fbhmVROxxIjl0YgqkJTLXR-NYsPkkpXeEF"; // Noncompliant {{Delete this legacy FCM server key (…XeEF) in the Firebase console: the legacy API was shut down in 2024. Send pushes from your server with the HTTP v1 API and a service account's short-lived OAuth tokens.}}
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  private static final String PEER_TOKEN = "XVM2WKT2T6P5mivIbvabo-:APA91bEC9HcT6exbvYmgwCsMjiBXON9XVZIuvhy2fLybwjhwFxljdFaOBHXyM_FK2DG3kdrlswRveF32OJWjk3ZQBzULCRco0-lXn_YDdXHY9H1vdIfbclgTYRc9CjO5Tv-hFNPEXXnL";

  void send(String json) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) new URL(FCM_URL).openConnection();
    connection.setRequestMethod("POST");
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Authorization", "key=" + SERVER_KEY); // Noncompliant {{This app sends push messages through FCM with a server credential that anyone can extract from the APK; let your backend send them with the HTTP v1 API instead.}} [[id=cs19]]
    try (OutputStream out = connection.getOutputStream()) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  void sendWithBuildConfig() throws Exception {
    HttpURLConnection connection = (HttpURLConnection) new URL(FCM_URL).openConnection();
    connection.setRequestProperty("Authorization", "key=" + BuildConfig.FCM_KEY); // Noncompliant {{This app sends push messages through FCM with a server credential that anyone can extract from the APK; let your backend send them with the HTTP v1 API instead.}} [[id=cs27]]
// S                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs27 {{Read from BuildConfig.FCM_KEY, which the build writes into the APK}}
  }
}
