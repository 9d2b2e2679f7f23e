package com.example.chat;

import com.pusher.client.Pusher;
import com.pusher.client.PusherOptions;

/** The Android client connects with the public key: silent. The server library in the app: reported. */
public class Realtime {

  static final String PUSHER_APP_KEY = "a58fb29e2940d2d17113";

  Pusher connect() {
    PusherOptions options = new PusherOptions().setCluster("eu");
    return new Pusher(PUSHER_APP_KEY, options);
  }

  void trigger(Object payload) {
    // Noncompliant@+1 {{Revoke this Pusher Channels app secret (…13a0) and keep it on your backend; the app needs only the key, and private channels are authorized by your server.}} [[id=13a0]]
    com.pusher.rest.Pusher rest = new com.pusher.rest.Pusher("8803984", "f41008032ae5ccc3e4c3", "1113650cfd2ce83613a0"); // Noncompliant {{This app uses Pusher's server library with a secret that anyone can extract from the APK; trigger events and publish notifications from your backend, and authorize channels there.}} [[id=cs4]]
// S                                                                                            ^^^^^^^^^^^^^^^^^^^^^^ #cs4 {{The credential is written here, in the app's code}}
    rest.trigger("private-chat-42", "message", payload);
  }
}
