package com.example.notify

object Keys {
    const val MESSAGE_BIRD_ACCESS_KEY = "dFNODHOj7EWquvyo09psMGKvg" // Noncompliant {{Revoke this MessageBird access key (…GKvg) and send messages from your backend instead.}}
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^

    // not credentials
    const val REQUEST_ID = "JUcW8hklOlojHFZ2UNRObGTWG"
    const val ANGRY_BIRD_KEY = "WEXUzDWiN8QYMDhOWbVy9IVDe"
}
