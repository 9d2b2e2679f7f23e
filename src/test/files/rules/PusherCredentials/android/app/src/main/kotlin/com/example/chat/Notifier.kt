package com.example.chat

import com.pusher.pushnotifications.PushNotifications
import com.pusher.rest.Pusher

object Notifier {
    const val PUSHER_URL = "https://af9b79a45d88b0929637:75bbef227d6b2cf5b9fb@api-eu.pusher.com/apps/8803984" // Noncompliant {{Revoke this Pusher Channels app secret (…b9fb) and keep it on your backend; the app needs only the key, and private channels are authorized by your server.}}

    fun rest(): Pusher = Pusher(BuildConfig.PUSHER_APP_ID, BuildConfig.PUSHER_KEY, BuildConfig.PUSHER_SECRET) // Noncompliant {{This app uses Pusher's server library with a secret that anyone can extract from the APK; trigger events and publish notifications from your backend, and authorize channels there.}} [[id=cs5]]
// S                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^ #cs5 {{Read from BuildConfig.PUSHER_SECRET, which the build writes into the APK}}
// S                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #2943 {{Passed to new Pusher here}}

    // Noncompliant@+1 {{Revoke this Pusher Beams secret key (…03F1) and publish notifications from your backend; the app needs only the instance id.}}
    fun beams(): PushNotifications = PushNotifications("9fe9cb96-1792-46c4-afe5-e537c282095a", "DA07FCE8EAE00419F2948C3DA75BEFDEB3B64A9959358EA6F798597BDC5E03F1") // Noncompliant {{This app uses Pusher's server library with a secret that anyone can extract from the APK; trigger events and publish notifications from your backend, and authorize channels there.}} [[id=cs6]]
// S                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #cs6 {{The credential is written here, in the app's code}}
}

object FromUrl {
    // the URL constructor: the server library in the app, whatever the URL's source
    fun rest(): Pusher = Pusher(BuildConfig.PUSHER_URL) // Noncompliant {{This app uses Pusher's server library with a secret that anyone can extract from the APK; trigger events and publish notifications from your backend, and authorize channels there.}}
}
