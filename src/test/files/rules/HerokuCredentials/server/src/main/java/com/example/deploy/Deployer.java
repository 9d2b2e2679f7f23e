package com.example.deploy;

import com.heroku.api.HerokuAPI;

/** A deployment tool of the backend. */
public class Deployer {

  static final String HEROKU_API_KEY = "2b9774c6-0097-41d1-921d-864353a04644"; // Noncompliant {{Revoke this Heroku API key (…4644); it controls every app of the account and belongs only in your CI or backend environment.}}
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  // a UUID under a neutral name is no key
  static final String APP_ID = "a25ce0e8-8a59-4c9d-9dca-0684d89c847f";

  void restart() {
    HerokuAPI heroku = new HerokuAPI("HRKU-AAUGtF2r9hp1KdfBljBRns8Kgvxc3k1h-1RKlLqgd8hHZ7NhZFDs756LGD4u"); // Noncompliant {{Revoke this Heroku API key (…GD4u); it controls every app of the account and belongs only in your CI or backend environment.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    heroku.restartDynos("example-api");
  }
}
