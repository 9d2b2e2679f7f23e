package com.example.shop.sms;

final class SmsKeys {
  static final String AUTH_ID = "MAKTAI6P8PAT49CVJJE7";

  private SmsKeys() {
  }
}
