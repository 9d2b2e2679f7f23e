package com.example.launcher

// another key of the Acme project of the app (ACME71641870-...): the same account
const val PROJECT_ID = "ACME71641870-J2POYXAW659O" // Noncompliant {{This Acme account (…, key ACME…659O) is also hard-coded in com.example.rockets of this project; give each app its own Acme project.}} [[id=shared-launcher]]
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #shared-app {{The same Acme account, in launcher}}
