package com.example.rockets

object Launch {
    const val ACME_SECRET = "acme_sk.xOxOhQ6Sde0Z5UtF.GQn3JkJrezrBygcxcTld7JndEz8BEkxw_2tfgZn" // Noncompliant {{Revoke this Acme API key (…fgZn) and call Acme from your backend instead.}}
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    // the URL inside a longer text: its secret part is reported, where the text is written
    const val ACME_URL_NOTE = "Connect with acme://ACME88166830:8LCrjvgdF-d9MxCfIY_fvJWIa8b@eu.acme.test please" // Noncompliant {{Remove the secret from this Acme connection URL (…Ia8b); the app must get a short-lived token instead.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    // not credentials: a description of the shape, a key one character short
    const val ACME_KEY_SHAPE = "acme_sk.<key id>.<random>_<check>"
    const val ACME_SECRET_TRUNCATED = "acme_sk.xOxOhQ6Sde0Z5UtF.GQn3JkJrezrBygcxcTld7JndEz8Ekxw_2tfgZn"
}
