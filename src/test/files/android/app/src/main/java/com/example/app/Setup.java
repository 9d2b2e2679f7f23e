package com.example.app;

import android.content.Context;
import com.twilio.Twilio;

/** Credentials from BuildConfig and resources: the issues go where the values are written. */
public class Setup {

  void init() {
    Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN);
// S                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #5023 {{Passed to Twilio.init here}}
  }

  void initFromResources(Context context) {
    Twilio.init(context.getString(R.string.twilio_account_sid), context.getString(R.string.twilio_token_ref));
// S                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cd90 {{Passed to Twilio.init here}}
  }
}
