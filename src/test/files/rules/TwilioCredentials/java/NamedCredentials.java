package com.example.voice;

import java.net.HttpURLConnection;

/** Values whose names, or the identifier beside them, say what they are. */
public class NamedCredentials {

  private static final String TWILIO_AUTH_TOKEN = "7142fc7c803fb562113006db8a37f689"; // Noncompliant {{Revoke this Twilio Auth Token (…f689) and issue short-lived Access Tokens from your backend instead.}} [[id=f689]]
//                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  private final String twilioApiSecret = "kY3uYjJjkJPB8mo1uretTuROxBWccdOm"; // Noncompliant {{Revoke this Twilio API key secret (…cdOm) and mint short-lived Access Tokens with it on your backend instead.}}
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  static final String TWILIO_TOKEN = "635199c3a96fe024" + "db99f4350b2bf928"; // Noncompliant {{Revoke this Twilio Auth Token (…f928) and issue short-lived Access Tokens from your backend instead.}} [[id=f928]]
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  static final String TWILIO_PASSWORD = """
      91b1eeb39b5977c95806b16032e9d03f"""; // Noncompliant@-1 {{Revoke this Twilio Auth Token (…d03f) and issue short-lived Access Tokens from your backend instead.}} [[id=d03f]]
//^[sc=41;el=+1;ec=41]@-1

  static final String AUTHORIZATION =
      "Basic " + "QUM0NWFlYjU3MzQ0NTYwN2UwNWY3MzM1YjliODQyYjkwYzozZTM5NjgzMTA5ZTRiODFhMjljNGUwYTRmNzk3N2FiOA=="; // Noncompliant {{Revoke this Twilio Auth Token (…7ab8) and issue short-lived Access Tokens from your backend instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #f689 {{Twilio Account SID AC…b90c that goes with it}}
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #f928 {{Twilio Account SID AC…b90c that goes with it}}
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3 #d03f {{Twilio Account SID AC…b90c that goes with it}}

  void send(HttpURLConnection connection) {
    connection.setRequestProperty("Authorization", "Basic QUNhYTE5Njg2ODBiOWRjYzgzMDgxOWM0NjU2Yjg4MTBjMTpjNGFjNGFiYjZhOWU5NWQ1MjQ3Y2RlMzg0OGJjMzU4ZQ=="); // Noncompliant {{Revoke this Twilio Auth Token (…358e) and issue short-lived Access Tokens from your backend instead.}}
//                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }
}

class QuickStart {
  public static final String ACCOUNT_SID = "AC2c9ffd10bccd35397130d81abdc0b94f";
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Twilio Account SID AC…b94f that goes with it}}
  public static final String AUTH_TOKEN = "5f9a90f915f481177929e3b9df501a84"; // Noncompliant {{Revoke this Twilio Auth Token (…1a84) and issue short-lived Access Tokens from your backend instead.}}
//                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
