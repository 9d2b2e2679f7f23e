package com.example.storage

object Uploader {
    // Noncompliant@+1 {{Revoke this AWS secret access key (…T3TR); give the app temporary credentials from Cognito or STS instead. It is only in a comment, but it stays in the repository's history.}}
    // val credentials = BasicAWSCredentials(accessKey = "AKIAF4TQTVE5RU7WPJ62", secretKey = "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")
//                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                       ^^^^^^^^^^^^^^^^^^^^^^@-1< {{AWS access key ID AKIA…PJ62 that goes with it}}
    // val credentials = BasicAWSCredentials("AKIAXXXXXXXXXXXXXXXX", "<your secret key>")
}
