package com.example.photos;

import com.google.auth.oauth2.GoogleCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A service-account JSON pasted into a string: its PEM's line breaks are JSON escapes, written as backslash and n. */
public class EmbeddedAccount {

  // Noncompliant@+1 {{Revoke this Google Cloud service account key (…TqLd) in IAM and keep service accounts on your backend; an app uses the Firebase client SDKs with Security Rules and App Check, or calls your backend.}}
  static final String SERVICE_ACCOUNT_JSON = "{\"type\": \"service_account\", \"project_id\": \"photo-app-4821\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7Wm2Jf8Rz5TqLd\\nw4Ny7Hc2Kv9Bp3Xe6Gs0Fa5Mj8Ut1Qr4Lo7Zi2Wd9Sb6Yk3Cn0Ex5Tg8Pm1Vh4Rl\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"uploader@photo-app-4821.iam.gserviceaccount.com\"}";
}
