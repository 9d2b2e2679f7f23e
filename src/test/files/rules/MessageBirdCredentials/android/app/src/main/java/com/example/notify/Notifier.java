package com.example.notify;

import com.messagebird.MessageBirdClient;
import com.messagebird.MessageBirdServiceImpl;

/** MessageBird's REST client, in an app. */
public class Notifier {

  MessageBirdClient live() {
    return new MessageBirdClient(new MessageBirdServiceImpl( // Noncompliant {{This app sends messages through MessageBird with the account's access key, which anyone can extract from the APK; send them from your backend instead.}} [[id=cs1]]
//                                   ^^^^^^^^^^^^^^^^^^^^^^
      "JUcW8hklOlojHFZ2UNRObGTWG")); // Noncompliant {{Revoke this MessageBird access key (…GTWG) and send messages from your backend instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S  ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #cs1 {{The credential is written here, in the app's code}}
  }

  MessageBirdClient fromBuildConfig() {
    return new MessageBirdClient(new MessageBirdServiceImpl(BuildConfig.MESSAGEBIRD_KEY)); // Noncompliant {{This app sends messages through MessageBird with the account's access key, which anyone can extract from the APK; send them from your backend instead.}}
// S                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ #Uctf {{Passed to new MessageBirdServiceImpl here}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^@-1
//                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Read from BuildConfig.MESSAGEBIRD_KEY, which the build writes into the APK}}
  }

  // a test key sends nothing: only the design is reported
  MessageBirdClient test() {
    return new MessageBirdClient(new MessageBirdServiceImpl("test_gshuPaZoeEG6ovbc8M79w0QyM")); // Noncompliant {{This app sends messages through MessageBird with the account's access key, which anyone can extract from the APK; send them from your backend instead.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^
//                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{The credential is written here, in the app's code}}
  }
}
