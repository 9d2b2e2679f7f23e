package com.example.sms;

/** Twilio's other resource SIDs, placeholders, masked SIDs and digests: no Account SID here, nothing pairs. */
final class LookAlikes {

  static final String MESSAGING_SERVICE_SID = "MG5b9d3f7a1c4e8062b5d9f3a7c1e40b86";
  static final String AUTH_TOKEN = "8f2b6d0a4e9c1357f8b2d6a0e4c91b35";
  static final String PHONE_NUMBER_SID = "PN1d5f9b3e7a0c4826d1f5b9e3a7c04d62";
  static final String WORKSPACE_SID = "WS6e0a4c8f2b5d9173e6a0c4f8b2d51e97";
  static final String WORKFLOW_SID = "WK0c4e8a2d6f9b1375c0e4a8d2f6b93c71";
  static final String VERIFY_SERVICE_SID = "VA4a8c2e6b0d3f7915a4c8e2b6d0f37a19";
  static final String SECRET = "3b7f1d5a9c2e6048b3f7d1a5c9e20f64";
  static final String ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  static final String TOKEN = "your_auth_token";
  static final String MASKED_SID = "AC4740****************************";
  static final String EMPTY_BODY_MD5 = "d41d8cd98f00b204e9800998ecf8427e";

  private LookAlikes() {
  }
}
