package com.example.notes

/** Not credentials. */
object Hashes {
    const val EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"
    const val NOTE_CHECKSUM = "48871893738bdde76f1a176a09b7b380"
}
