package com.example.rides.sms;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SmsNotifierTest {

    // test code does not ship in the APK: not reported
    private static final String TWILIO_AUTH_TOKEN = "b1e7ad41b3d1ed6618ad9de4c4416679";

    @Test
    public void token_is_configured() {
        assertEquals(32, TWILIO_AUTH_TOKEN.length());
    }
}
