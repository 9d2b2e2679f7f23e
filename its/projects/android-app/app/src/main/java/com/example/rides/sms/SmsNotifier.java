package com.example.rides.sms;

import android.content.Context;
import com.example.rides.config.Keys;
import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsNotifier {

    private final Context context;

    public SmsNotifier(Context context) {
        this.context = context;
    }

    public void notifyDriver(String to, String text) {
        Twilio.init(Keys.ACCOUNT, Keys.SECRET);
        Message.creator(new PhoneNumber(to), new PhoneNumber(Keys.FROM), text).create();
    }
}
