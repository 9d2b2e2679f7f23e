package com.example.live;

import android.content.Context;
import io.agora.rtc2.IRtcEngineEventHandler;
import io.agora.rtc2.RtcEngine;

public class LiveRoom {

  static final String AGORA_APP_ID = "9be76fe7e013015dd9109e0abbbe2d8a";
  static final String AGORA_APP_CERTIFICATE = "ef68aa4ccb74fcd8a7bce174b84bbb2c"; // Noncompliant {{Replace this Agora App Certificate (…bb2c) in Agora Console and mint tokens on your token server; the app needs only the App ID and a token it fetches.}}
  static final String AVATAR_MD5 = "4f57e7788e2200d7f9ec6240a00ab3a7";

  RtcEngine engine(Context context, IRtcEngineEventHandler handler) throws Exception {
    return RtcEngine.create(context, AGORA_APP_ID, handler);
  }
}
