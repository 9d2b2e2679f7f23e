package com.example.rides;

import com.twilio.Twilio;

/** Ride notifications: the company's Twilio account, also hard-coded in the Drivers and Billing apps. */
public final class Sms {
    static final String ACCOUNT_SID = "ACfd6c0e63a78664d82aec86ce81b06ee4";
    static final String AUTH_TOKEN = "64f7f9f1a8398b7c536fe3b1d4ccf5d5";

    private Sms() {
    }

    static void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
