plugins {
    id("com.android.application")
}

android {
    defaultConfig {
        buildConfigField("String", "ACME_KEY", "\"acme_sk.40qTVVNgqZ036f1j.fcIEW4PErXSfLwNBJ7T3AGBfCRE2Hp7e_3HkUJC\"") // Noncompliant {{Revoke this Acme API key (…kUJC) and call Acme from your backend instead.}}
//                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        // its checksum is wrong
        buildConfigField("String", "ACME_OLD_KEY", "\"acme_sk.40qTVVNgqZ036f1j.fcIEW4PErXSfLwNBJ7T3AGBfCRE2Hp7e_3HkUJD\"")
    }
}
