package com.example.backend;

import com.amazonaws.auth.BasicAWSCredentials;
import com.twilio.Twilio;
import okhttp3.Credentials;
import org.springframework.stereotype.Service;

/** A Spring backend: these calls are how a server uses Twilio and AWS; nothing to report for ClientSideAccountCredentials. */
@Service
class SmsBackend {

  private static final String MESSAGES = "https://api.twilio.com/2010-04-01/Accounts/Messages.json";

  SmsBackend() {
    Twilio.init(System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"), System.getenv("TWILIO_ACCOUNT_SID"));
  }

  String basic() {
    return Credentials.basic(System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"));
  }

  Object aws(Config config) {
    return new BasicAWSCredentials(config.keyId(), config.secret());
  }

  interface Config {
    String keyId();

    String secret();
  }
}
