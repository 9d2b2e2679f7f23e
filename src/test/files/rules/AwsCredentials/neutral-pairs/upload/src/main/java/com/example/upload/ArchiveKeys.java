package com.example.upload;

/** Keys of the archive bucket, under names that say nothing of AWS. */
final class ArchiveKeys {

  static final String ARCHIVE_KEY_ID = "AKIAOXH4ZBSMIFJCTVVS";
//                                     ^^^^^^^^^^^^^^^^^^^^^^> {{AWS access key ID AKIA…TVVS that goes with it}}
  static final String ARCHIVE_SECRET = "v7nTvywPJwO09IRjfvI3Fi6VoHqCikEq8PGTfwzF"; // Noncompliant {{Revoke this AWS secret access key (…fwzF); give the app temporary credentials from Cognito or STS instead.}}
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  // look-alikes: silent
  static final String DOCS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
  static final String DOCS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String ARCHIVE_ETAG = "\"9b2cf535f27731c974343645a3985328\"";
  static final String ARCHIVE_CERT_SHA1 = "A94A8FE5CCB19BA61C4C0873D391E987982FBBD3";
  static final String ANALYTICS_WRITE_KEY = "tPWCByIpr/Wfl/hsLqV6FI35cbQOfqgbAE7pu7Iz";

  private ArchiveKeys() {
  }
}
