package com.twilio.sdk;

/** The constructor of the Twilio Java SDK 3.x client, for compiling the samples: the SDK is no longer published. */
public class TwilioRestClient {
  public TwilioRestClient(String accountSid, String authToken) {
  }
}
