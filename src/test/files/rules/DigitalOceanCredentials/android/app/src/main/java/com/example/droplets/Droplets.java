package com.example.droplets;

import com.myjeeva.digitalocean.impl.DigitalOceanClient;

/** The DigitalOcean API client in an app. */
public class Droplets {

  DigitalOceanClient client() {
    return new DigitalOceanClient("v2", BuildConfig.DO_TOKEN); // Noncompliant {{This app calls the DigitalOcean API with an account token that anyone can extract from the APK; call your own backend, which holds the token, instead.}}
//             ^^^^^^^^^^^^^^^^^^
//                                      ^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.DO_TOKEN, which the build writes into the APK}}
// S                                    ^^^^^^^^^^^^^^^^^^^^@-2 #dop {{Passed to new DigitalOceanClient here}}
  }
}
