package com.example.shop.sms;

final class SmsToken {
  static final String VALUE = "JeRvtQRxFAoCRIsBhyIRPK2iyElwmrYEE8mBvo8f";

  private SmsToken() {
  }
}
