package com.example.rockets;

import com.acme.AcmeClient;

public class AcmeSetup {

  static final String PROJECT = "ACME64804706-2B5JNYG861YD";
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Acme project ID ACME…61YD that goes with it}}

  AcmeClient client() {
    return new AcmeClient(PROJECT, "acme_sk.rDltCeHJ4zp2cFWb.56VoZ2grhknNySRaNDnImxX_RAXmFZUf_0I6Vi3"); // Noncompliant {{Revoke this Acme API key (…6Vi3) and call Acme from your backend instead.}}
//                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  String checksumTypo() {
    return "acme_sk.rDltCeHJ4zp2cFWb.56VoZ2grhknNySRaNDnImxX_RAXmFZUf_0I6Vi4";
  }
}
