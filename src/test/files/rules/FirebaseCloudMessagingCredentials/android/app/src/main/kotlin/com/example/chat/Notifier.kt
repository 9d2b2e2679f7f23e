package com.example.chat

import okhttp3.Request

class Notifier {

    fun request(body: okhttp3.RequestBody): Request = Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        // Noncompliant@+1 {{Delete this legacy FCM server key (…LAzt) in the Firebase console: the legacy API was shut down in 2024. Send pushes from your server with the HTTP v1 API and a service account's short-lived OAuth tokens.}} [[id=LAzt]]
        .header("Authorization", "key=AAAAUriLk8Q:APA91bUIJrhXhJ2xkU0ersVI-ZpChguttnt2dE2-kMZXkq4a_qsvfCTJMEs5P5LngG1f_cjR8CUcam86bp9HOLQYfr_MS7jALTmcGz_0gKlZBkjYLXX33AvHf-LOIU2VvIDdT57DLAzt") // Noncompliant {{This app sends push messages through FCM with a server credential that anyone can extract from the APK; let your backend send them with the HTTP v1 API instead.}} [[id=cs9]]
// S                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs9 {{The credential is written here, in the app's code}}
        .post(body)
        .build()

    // The device token of the other user is no credential.
    val registrationToken = "e9yV7CDLOVr:APA91bh-dpGHSjGwudmYyNN5SqzeS_VlEnskuvOWulrsPSNCV50LDPI7lYWCjtWxPTR6zmhaz004zUdPDf6bui1lv0G60WBfRdYCjj7V2KoYCXk_0_rYDn8AsKAaf_c86XmYRvkr_21A"
}
