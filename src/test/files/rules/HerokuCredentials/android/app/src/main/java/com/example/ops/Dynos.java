package com.example.ops;

import com.heroku.api.HerokuAPI;

/** Heroku's Platform API client in an app. */
public class Dynos {

  HerokuAPI client() {
    return new HerokuAPI(BuildConfig.HEROKU_KEY); // Noncompliant {{This app calls Heroku's Platform API with an API key that anyone can extract from the APK; keep deployments and configuration in your CI or backend.}}
//             ^^^^^^^^^
//                       ^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.HEROKU_KEY, which the build writes into the APK}}
// S                     ^^^^^^^^^^^^^^^^^^^^^^@-2 #hrku {{Passed to new HerokuAPI here}}
  }
}
