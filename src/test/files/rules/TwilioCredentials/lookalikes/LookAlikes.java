package com.example.util;

import com.amazonaws.auth.BasicAWSCredentials;
import com.twilio.Twilio;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/** Values of the right shapes that are not credentials: all silent. */
public class LookAlikes {

  // a bare 32-hex value says nothing: it is as often an MD5 digest
  static final String EMPTY_BODY_DIGEST = "d41d8cd98f00b204e9800998ecf8427e";
  static final String VALUE = "5f9a90f915f481177929e3b9df501a84";

  // placeholders from documentation and templates
  static final String TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  static final String TWILIO_AUTH_TOKEN = "your_auth_token";
  static final String ACCOUNT_SID = "YOUR_ACCOUNT_SID";
  static final String TEMPLATE_SID = "{{ account_sid }}";
  static final String TWILIO_TOKEN_FROM_ENV = "${TWILIO_AUTH_TOKEN}";
  static final String AWS_ACCESS_KEY = "<AWS accesskey>";

  // repeated and sequential characters
  static final String TWILIO_TOKEN_ZEROS = "00000000000000000000000000000000";
  static final String TWILIO_TOKEN_SEQUENCE = "0123456789abcdef0123456789abcdef";

  // UUIDs and git commit ids
  static final String TWILIO_REQUEST_ID = UUID.randomUUID().toString();
  static final String TWILIO_TOKEN_UUID = "3f1c2b1e-9c4d-4e7a-8a3b-2d6f1e0c9b7a";
  static final String AWS_SECRET_KEY_COMMIT = "9fceb02d0ae598e95dc970b74767f19372d61af8";

  void documentationKeys() {
    new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    Twilio.init("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your_auth_token");
    Twilio.init("AC00000000000000000000000000000000", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  }

  boolean verify(byte[] data) throws Exception {
    byte[] digest = MessageDigest.getInstance("MD5").digest(data);
    return HexFormat.of().formatHex(digest).equals("91b1eeb39b5977c95806b16032e9d03f");
  }
}
