package com.example.rides.util;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/** Digests, ids and placeholders: none of these is a credential. */
public final class Checksums {

    static final String EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    static final String TERMS_MD5 = "1f98f97e1c6f0d9544576926c9c4d83a";
    static final String INSTALL_ID = UUID.randomUUID().toString();
    static final String RELEASE_COMMIT = "9fceb02d0ae598e95dc970b74767f19372d61af8";
    static final String TWILIO_AUTH_TOKEN_HINT = "your_auth_token";
    static final String AWS_EXAMPLE_KEY = "AKIAIOSFODNN7EXAMPLE";

    private Checksums() {
    }

    static boolean matches(byte[] data, String expectedHex) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(data);
        return HexFormat.of().formatHex(digest).equals(expectedHex);
    }
}
