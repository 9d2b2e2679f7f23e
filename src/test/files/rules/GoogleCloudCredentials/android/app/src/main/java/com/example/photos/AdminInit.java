package com.example.photos;

import android.content.Context;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import java.io.IOException;

public class AdminInit {

  void init(Context context) throws IOException {
    GoogleCredentials credentials = GoogleCredentials.fromStream(context.getResources().openRawResource(R.raw.service_account)); // Noncompliant {{This app signs in to Google Cloud with a service account key that anyone can extract from the APK; use the Firebase client SDKs with Security Rules and App Check, or call your backend.}}
    FirebaseOptions options = FirebaseOptions.builder().setCredentials(credentials).build(); // Noncompliant {{This app signs in to Google Cloud with a service account key that anyone can extract from the APK; use the Firebase client SDKs with Security Rules and App Check, or call your backend.}}
    FirebaseApp.initializeApp(options);
  }
}
