package com.example.sms;

import com.twilio.Twilio;
import com.twilio.http.TwilioRestClient;
import com.twilio.jwt.accesstoken.AccessToken;
import okhttp3.Credentials;

/** Credentials written inline in the calls that take them. */
public class InlineCredentials {

  void init() {
    Twilio.init("ACaa1968680b9dcc830819c4656b8810c1", "5f9a90f915f481177929e3b9df501a84"); // Noncompliant {{Revoke this Twilio Auth Token (…1a84) and issue short-lived Access Tokens from your backend instead.}}
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…10c1 that goes with it}}
  }

  void initWithApiKey() {
    Twilio.init("SK41ebf8d5ebaa2bcdaf24b6b957225803", "kY3uYjJjkJPB8mo1uretTuROxBWccdOm", "AC008d41ae13091e70dda44eba7425259c"); // Noncompliant {{Revoke this Twilio API key secret (…cdOm) and mint short-lived Access Tokens with it on your backend instead.}}
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio API key SID SK…5803 that goes with it}}
  }

  TwilioRestClient restClient() {
    return new TwilioRestClient.Builder("AC45aeb573445607e05f7335b9b842b90c", "91b1eeb39b5977c95806b16032e9d03f").build(); // Noncompliant {{Revoke this Twilio Auth Token (…d03f) and issue short-lived Access Tokens from your backend instead.}}
//                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…b90c that goes with it}}
  }

  String accessToken() {
    AccessToken token = new AccessToken.Builder(
      "AC45aeb573445607e05f7335b9b842b90c",
      "SK046cfb54596351db340ee14826b403a7",
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio API key SID SK…03a7 that goes with it}}
      "qADnkmmude7UVy67elH5p202EnTYwZHS") // Noncompliant {{Revoke this Twilio API key secret (…wZHS) and mint short-lived Access Tokens with it on your backend instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      .build();
    return token.toJwt();
  }

  String basicAuth() {
    return Credentials.basic("AC2c9ffd10bccd35397130d81abdc0b94f", "7142fc7c803fb562113006db8a37f689"); // Noncompliant {{Revoke this Twilio Auth Token (…f689) and issue short-lived Access Tokens from your backend instead.}}
//                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…b94f that goes with it}}
  }

  Object legacyClient() {
    return new com.twilio.sdk.TwilioRestClient("AC008d41ae13091e70dda44eba7425259c", "3e39683109e4b81a29c4e0a4f7977ab8"); // Noncompliant {{Revoke this Twilio Auth Token (…7ab8) and issue short-lived Access Tokens from your backend instead.}}
//                                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Twilio Account SID AC…259c that goes with it}}
  }

  String notTwilio(String user) {
    // a generic Basic-auth helper without a Twilio identifier: another service
    return Credentials.basic(user, "635199c3a96fe024db99f4350b2bf928");
  }
}
