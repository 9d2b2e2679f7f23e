package com.example.gallery;

import android.content.Context;
import com.cloudinary.android.MediaManager;
import java.util.HashMap;
import java.util.Map;

/** The Android SDK's configuration map, in a class named after Cloudinary. */
public class CloudinaryManager {

  static void init(Context context) {
    Map<String, String> config = new HashMap<>();
    config.put("cloud_name", "north-media");
    config.put("api_key", "241936379416973");
    config.put("api_secret", "Hk2vR9mQ4tZx7Lp3Nw8Yc5Bf1Gd"); // Noncompliant {{Revoke this Cloudinary API secret (…f1Gd) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
    MediaManager.init(context, config);
  }
}
