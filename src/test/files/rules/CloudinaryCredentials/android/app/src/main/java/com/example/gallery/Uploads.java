package com.example.gallery;

import android.content.Context;
import com.cloudinary.Configuration;
import com.cloudinary.android.MediaManager;
import java.util.HashMap;
import java.util.Map;

public class Uploads {

  void unsigned(Context context) {
    Map<String, String> config = new HashMap<>();
    config.put("cloud_name", "north-media");
    MediaManager.init(context, config);
  }

  Configuration signed() {
    return new Configuration.Builder()
      .setCloudName("north-media")
      .setApiKey("419444132197508")
      .setApiSecret(BuildConfig.CLOUDINARY_API_SECRET) // Noncompliant {{This app configures Cloudinary with the API secret, which anyone can extract from the APK; upload with an unsigned upload preset, or sign uploads on your backend.}} [[id=cs3]]
// S                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs3 {{Read from BuildConfig.CLOUDINARY_API_SECRET, which the build writes into the APK}}
// S                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #sR8z {{Passed to Configuration.Builder…setApiSecret here}}
      .build();
  }

  // TODO engine: the secret as a map entry ("api_secret") is not reported (…6xPS); it should be.
  void withSecretInMap(Context context) {
    Map<String, String> config = new HashMap<>();
    config.put("cloud_name", "north-media");
    config.put("api_key", "241936379416973");
    config.put("api_secret", "Q4tW9zLm2Rk7Hx3Vb8Nc1Fy6xPS");
    MediaManager.init(context, config);
  }
}
