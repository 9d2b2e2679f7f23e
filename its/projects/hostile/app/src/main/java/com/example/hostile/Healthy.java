package com.example.hostile;

import com.twilio.Twilio;

public final class Healthy {

  private static final String ACCOUNT_SID = "AC9835070f8b0625c896daf66fde3a30e1";
  private static final String AUTH_TOKEN = "061e1c7ca1f3012728889113a23a57dd";

  private Healthy() {
  }

  public static void start() {
    Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
  }
}
