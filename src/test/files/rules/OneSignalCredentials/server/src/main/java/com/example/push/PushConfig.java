package com.example.push;

import com.onesignal.client.ApiClient;
import com.onesignal.client.Configuration;
import com.onesignal.client.api.DefaultApi;
import com.onesignal.client.auth.HttpBearerAuth;

public class PushConfig {

  static final String APP_ID = "952733b8-4771-40c9-920f-9c9e5d8835ef";

  DefaultApi client() {
    ApiClient defaultClient = Configuration.getDefaultApiClient();
    HttpBearerAuth restApiAuth = (HttpBearerAuth) defaultClient.getAuthentication("rest_api_key");
    restApiAuth.setBearerToken("os_v2_app_sutthochofamteqptspf3cbv54qvpfpc6aq5vnjm7se7pd565jb3uqv7n7q7hphd2h3xjvss2etqfckcaam7ik4ggbmz6nmtnig3gti"); // Noncompliant {{Revoke this OneSignal API key (…3gti) and send notifications from your backend; the app needs only the App ID.}}
//                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    HttpBearerAuth orgApiAuth = (HttpBearerAuth) defaultClient.getAuthentication("organization_api_key");
    // TODO engine: silent, the call's owner is the variable orgApiAuth, whose declared type (an unresolved import) is not used: the legacy key is missed
    orgApiAuth.setBearerToken("YmEyMjM2MjQtZTlkYS00YmViLWFiMzEtZWNmNTJlZWJiMDFh");
    return new DefaultApi(defaultClient);
  }

  DefaultApi fromEnvironment() {
    ApiClient defaultClient = Configuration.getDefaultApiClient();
    ((HttpBearerAuth) defaultClient.getAuthentication("rest_api_key")).setBearerToken(System.getenv("ONESIGNAL_REST_API_KEY"));
    return new DefaultApi(defaultClient);
  }
}
