package com.example.comments;

/** Comments that hold no credential: placeholders, other SIDs, digests and fingerprints. */
public class CommentedLookalikes {

  // Twilio.init("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_auth_token");
  // Twilio.init("AC4740****", "********************************");
  // private static final String TWILIO_AUTH_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  // MD5 test vector: md5("") = d41d8cd98f00b204e9800998ecf8427e
  // private static final String MESSAGING_SERVICE_SID = "MG0a899556d10d3fd8f2a8ceb650319f50";
  // private static final String PUSH_CREDENTIAL_SID = "PNb33560a3c15730e36d50c732845c5f64";
  // Sync service WS1f0e2d3c4b5a69788796a5b4c3d2e1f0, workspace WK0f1e2d3c4b5a69788796a5b4c3d2e1f, Verify VA1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f

  /*
   * The upload's S3 ETag is "9b2cf535f27731c974343645a3985328"; the Room schema identity hash is
   * e4c0a1f7d2b3968574a6c3b2d1e0f9a8 and the release certificate's SHA-256 fingerprint
   * 3F:1A:6B:22:90:4C:DE:17:88:0A:5E:7C:1B:2D:4F:60:93:A7:C2:11:0E:58:B4:D9:6A:E1:35:7F:02:C8:9B:44.
   */
  void nothing() {
    // digest of the payload: 1f3870be274f6c49b3e31a0c6728957f
  }
}
