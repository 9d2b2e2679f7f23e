package com.example.rides.voice;

import android.content.Context;
import com.example.rides.BuildConfig;
import com.example.rides.R;
import com.twilio.Twilio;
import java.net.HttpURLConnection;
import java.net.URL;

public class VoiceSetup {

    private static final String CALLS_URL =
        "https://api.twilio.com/2010-04-01/Accounts/ACc57949a42a63c6f62b05787508792af9/Calls.json";
    private static final String AUTHORIZATION =
        "Basic " + "QUNjNTc5NDlhNDJhNjNjNmY2MmIwNTc4NzUwODc5MmFmOTo5YWY4N2FkMmRkZGNjMmM5ODQ5OGZjYmVmZTlmNzE5OQ==";

    public void initFromBuildConfig() {
        Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN);
    }

    public void initFromResources(Context context) {
        Twilio.init(context.getString(R.string.twilio_account_sid), context.getString(R.string.twilio_auth_token));
    }

    public HttpURLConnection openCall() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(CALLS_URL).openConnection();
        connection.setRequestProperty("Authorization", AUTHORIZATION);
        return connection;
    }
}
