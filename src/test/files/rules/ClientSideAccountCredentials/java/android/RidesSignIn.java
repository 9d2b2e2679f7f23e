package com.example.rides;

import android.content.Context;
import android.os.Bundle;
import android.util.Base64;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.BasicSessionCredentials;
import com.twilio.Twilio;
import com.twilio.http.TwilioRestClient;
import java.net.HttpURLConnection;
import java.net.URL;
import okhttp3.Credentials;
import okhttp3.Request;

class RidesSignIn {

  private static final String MESSAGES = "https://api.twilio.com/2010-04-01/Accounts/Messages.json";
  private static final String SID_B64 = "QUMwMDAw";

  private final Context context;

  RidesSignIn(Context context) {
    this.context = context;
  }

  private static native String twilioToken();

  void fromBuildConfig() {
    Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, BuildConfig.TWILIO_AUTH_TOKEN); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//         ^^^^
//                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.TWILIO_AUTH_TOKEN, which the build writes into the APK}}
  }

  void fromResources() {
    Twilio.init(context.getString(R.string.twilio_sid), context.getResources().getString(R.string.twilio_token)); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//         ^^^^
//                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the string resource twilio_token, packaged in the APK}}
  }

  void fromMetaData() throws Exception {
    Bundle metaData = context.getPackageManager().getApplicationInfo(context.getPackageName(), 128).metaData;
    new TwilioRestClient.Builder(metaData.getString("twilio_sid"), context.getApplicationInfo().metaData.getString("twilio_token")).build(); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the manifest's meta-data, packaged in the APK}}
  }

  void fromDecodedArrays() {
    Twilio.init(new String(Base64.decode(SID_B64, Base64.DEFAULT)), xorDecode(new byte[] {1, 2, 3})); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//         ^^^^
//                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Decoded at run time: the encoded bytes and the code that decodes them ship in the APK}}
  }

  void fromNative() {
    Twilio.init(BuildConfig.TWILIO_ACCOUNT_SID, twilioToken()); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//         ^^^^
//                                              ^^^^^^^^^^^^^@-1< {{Returned by native code: native libraries are extracted from an APK as easily as the rest}}
  }

  void fromLiterals() {
    // Noncompliant@+1 {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}} [[id=clientside]]
    Twilio.init("AC3eeff436a673ee7ec0ad193f1adc26cd", "f5c0d3597c310542745146517fd1a58d"); // Noncompliant {{Revoke this Twilio Auth Token (…a58d) and issue short-lived Access Tokens from your backend instead.}} [[id=a58d]]
// S                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #clientside {{The credential is written here, in the app's code}}
// S            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #a58d {{Twilio Account SID AC…26cd that goes with it}}
  }

  Request okHttp(String sid, String token) {
    return new Request.Builder().url(MESSAGES).header("Authorization", Credentials.basic(sid, token)).build(); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//                                             ^^^^^^
  }

  void httpUrlConnection(String basic) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) new URL(MESSAGES).openConnection();
    connection.setRequestProperty("Authorization", "Basic " + basic); // Noncompliant {{This app signs in to Twilio with account credentials that anyone can extract from the APK; fetch a short-lived Access Token from your backend instead.}}
//             ^^^^^^^^^^^^^^^^^^
    connection.setRequestProperty("Accept", "application/json");
  }

  void aws() {
    new BasicAWSCredentials(BuildConfig.AWS_KEY_ID, BuildConfig.AWS_SECRET_KEY); // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//      ^^^^^^^^^^^^^^^^^^^
//                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.AWS_SECRET_KEY, which the build writes into the APK}}
    new BasicSessionCredentials(BuildConfig.AWS_KEY_ID, context.getString(R.string.aws_secret), BuildConfig.AWS_SESSION); // Noncompliant {{This app signs in to AWS with static credentials that anyone can extract from the APK; get temporary credentials from a Cognito identity pool instead.}}
//      ^^^^^^^^^^^^^^^^^^^^^^^
//                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from the string resource aws_secret, packaged in the APK}}
  }

  private static String xorDecode(byte[] bytes) {
    return new String(bytes);
  }
}
