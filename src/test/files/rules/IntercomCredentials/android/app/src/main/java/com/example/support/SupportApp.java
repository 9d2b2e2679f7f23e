package com.example.support;

import android.app.Application;
import com.intercom.api.Intercom;

public class SupportApp extends Application {

  @Override
  public void onCreate() {
    super.onCreate();
    io.intercom.android.sdk.Intercom.initialize(this, BuildConfig.INTERCOM_API_KEY, BuildConfig.INTERCOM_APP_ID);
  }

  Intercom rest() {
    return Intercom.builder().token(BuildConfig.INTERCOM_ACCESS_TOKEN).build(); // Noncompliant {{This app calls Intercom's REST API with an access token that anyone can extract from the APK; use the Intercom Android SDK in the app and call the API from your backend.}} [[id=cs1]]
// S                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs1 {{Read from BuildConfig.INTERCOM_ACCESS_TOKEN, which the build writes into the APK}}
// S                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #OjA1 {{Passed to Intercom…token here}}
  }
}
