package com.example.rides.backend;

import com.twilio.Twilio;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where account credentials belong: a server, reading them from its environment. */
@RestController
public class TwilioBackend {

    private static final String MESSAGES_URL = "https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json";

    public TwilioBackend() {
        Twilio.init(System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"), System.getenv("TWILIO_ACCOUNT_SID"));
    }

    @PostMapping("/voice/token")
    public String voiceToken(@RequestParam String identity) {
        return new AccessToken.Builder(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_API_KEY_SID"), System.getenv("TWILIO_API_KEY_SECRET"))
            .identity(identity)
            .grant(new VoiceGrant().setOutgoingApplicationSid(System.getenv("TWILIO_TWIML_APP_SID")))
            .ttl(3600)
            .build()
            .toJwt();
    }

    @PostMapping("/sms")
    public void sms(@RequestParam String to, @RequestParam String text) {
        Message.creator(new PhoneNumber(to), new PhoneNumber(System.getenv("TWILIO_FROM")), text).create();
    }
}
