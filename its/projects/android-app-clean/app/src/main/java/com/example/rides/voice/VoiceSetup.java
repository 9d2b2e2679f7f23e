package com.example.rides.voice;

import com.example.rides.BuildConfig;
import com.twilio.voice.ConnectOptions;
import com.twilio.voice.Voice;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The app never holds account credentials: it asks its backend for a short-lived Access Token. */
public class VoiceSetup {

    private final OkHttpClient http = new OkHttpClient();

    public String fetchAccessToken(String sessionToken) throws Exception {
        Request request = new Request.Builder()
            .url(BuildConfig.BACKEND_URL + "/twilio/access-token")
            .header("Authorization", "Bearer " + sessionToken)
            .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().string();
        }
    }

    public void call(android.content.Context context, String sessionToken, String to) throws Exception {
        ConnectOptions options = new ConnectOptions.Builder(fetchAccessToken(sessionToken))
            .params(java.util.Map.of("to", to))
            .build();
        Voice.connect(context, options, null);
    }
}
