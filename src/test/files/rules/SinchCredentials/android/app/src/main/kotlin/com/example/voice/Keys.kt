package com.example.voice

import com.sinch.sdk.models.UnifiedCredentials

object Keys {
    // the access key secret's shape is undocumented: only the client-side rule reports its use
    const val SINCH_KEY_SECRET = "DT1dwL-0_7-KdCDm8775GB8OVtgGv-7a"

    val credentials: UnifiedCredentials = UnifiedCredentials.builder()
        .setProjectId("b090b059-790e-458d-9ca1-980ab9371175")
        .setKeyId("d119e5e4-6607-46a7-8850-2f19eaae512f")
        .setKeySecret(SINCH_KEY_SECRET) // Noncompliant {{This app signs in to Sinch with a credential of the account, which anyone can extract from the APK; call Sinch from your backend, and give the app a JWT signed there.}}
//       ^^^^^^^^^^^^
        .build()

    const val BATCHES_URL = "https://us.sms.api.sinch.com/xms/v1/e83df1c079cc9696f654a3fbc9a4508b/batches"
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Sinch SMS service plan ID xms/v1/…508b that goes with it}}
    const val TOKEN = "d4a8e2c6f0b3971d5e9a4c8f2b6d0e13" // Noncompliant {{Revoke this Sinch SMS API token (…0e13) and send SMS from your backend instead.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // not credentials
    const val SINCH_APPLICATION_KEY = "2ab848a7-6e3e-43d6-9b3d-4cd48abc4a4e"
    const val SINCH_TOKEN_MD5 = "c53913737b887587063d0bf240d849da"
}
