package com.example.beside;

/** Pairs by position: the identifier on the line before or after the secret, whatever the names. */
final class Beside {

  // abbreviations
  static final String ACC_SID = "AC8394f31ce2a5287f18b22f6a3a98734b";
  static final String AUTH_TKN = "8dc4153ca3aad9d1235b244f9f421766"; // Noncompliant {{Revoke this Twilio Auth Token (…1766) and issue short-lived Access Tokens from your backend instead.}}
//                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Twilio Account SID AC…734b that goes with it}}

  // names that share nothing and say nothing of another service; the identifier after the secret
  static final String OUTBOUND_KEY = "9c4126d328f3eb74b7aa8163d3323f42"; // Noncompliant {{Revoke this Twilio Auth Token (…3f42) and issue short-lived Access Tokens from your backend instead.}}
  static final String CALLS_SID = "AC145e7fbf32cd0c43f9a0c28aa4f2350c";
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…350c that goes with it}}

  // in a comment, as in code
  // Noncompliant@+2 {{Revoke this Twilio Auth Token (…e048) and issue short-lived Access Tokens from your backend instead. It is only in a comment, but it stays in the repository's history.}}
  // static final String CALLS_SID2 = "AC00ed371c083761c29e1d8f4b42ff4519";
  // static final String OUTBOUND_KEY2 = "878880c719ec940085cc450755aae048";
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Twilio Account SID AC…4519 that goes with it}}

  String[] local() {
    String a = "AC5ba05590e2dc2770a2ce3a7e516cca3c"; String b = "2a257e30f65b9672ac8513d31371e344"; // Noncompliant {{Revoke this Twilio Auth Token (…e344) and issue short-lived Access Tokens from your backend instead.}}
//                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…ca3c that goes with it}}
    return new String[] {a, b};
  }

  // beside an Account SID, another service's token and digests stay silent
  static final String ACCOUNT_SID = "AC06e1fcad50be273aaec811bddfd4a904";
  static final String MIXPANEL_TOKEN = "d072ca6a3964c1422fbf01a271a71018";

  static final String TWILIO_SID = "ACa9f7f5ac3b561d8e0cc8a6f01596cc48";
  static final String EXPECTED_MD5 = "900150983cd24fb0d6963f7d28e17f72";

  static final String SID = "AC4c0b8c3feebe85be27ed1c193e47ec4a";
  static final String S3_ETAG = "a5fd90b98c7254789e19444437d485e6";

  static final String ACC = "ACce1fbb30b2e94c08ebd2f2dc432d12bc";
  static final String CERT_SHA1_FINGERPRINT = "e4ea8eeb4c41de1b1982065c0aec95a9";

  static final String SID_ACC = "AC3e84a672b9765ecb8c5d9a3476b92cc3";
  static final String ROOM_IDENTITY_HASH = "0a4f743b9365cffbae8afde655a4ce90";

  // static final String OLD_SID = "ACb6ad712d6002b2c4f6405359191dbda9";
  // static final String AMPLITUDE_KEY = "3e94f26e654b8cc80a5e7e1ac1718cd1";

  private Beside() {
  }
}
