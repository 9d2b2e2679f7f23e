package com.example.shop.sms;

import com.plivo.api.Plivo;

final class OrderTexts {

  void send(String to, String text) {
    Plivo.init(SmsKeys.AUTH_ID, SmsToken.VALUE);
  }
}
