package com.example.news;

import com.microtripit.mandrillapp.lutung.MandrillApi;

public class Receipts {

  MandrillApi mandrill() {
    return new MandrillApi(getString(R.string.mandrill_api_key)); // Noncompliant {{This app calls Mailchimp's server API with a key that anyone can extract from the APK; use the Mailchimp mobile SDK key in apps and call the API from your backend.}}
//             ^^^^^^^^^^^
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the string resource mandrill_api_key, packaged in the APK}}
// S                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #Gozq {{Passed to new MandrillApi here}}
  }

  // Noncompliant@+1 {{Revoke this Mandrill API key (…hBQV) and send transactional mail from your backend instead.}} [[id=hBQV]]
  static final String LEGACY = new MandrillApi("MQM7IPHgs1BxlVzPr2hBQV").getKey(); // Noncompliant {{This app calls Mailchimp's server API with a key that anyone can extract from the APK; use the Mailchimp mobile SDK key in apps and call the API from your backend.}} [[id=legacy]]
// S                                           ^^^^^^^^^^^^^^^^^^^^^^^^ #legacy {{The credential is written here, in the app's code}}

  private String getString(int id) {
    return "";
  }
}
