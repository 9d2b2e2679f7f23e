package com.example.storage;

/** AWS keys commented out: still in the repository's history. */
public class CommentedAws {

  void client() {
    // Noncompliant@+3 {{Revoke this AWS secret access key (…iJQU); give the app temporary credentials from Cognito or STS instead. It is only in a comment, but it stays in the repository's history.}}
    /*
    AWSCredentials credentials = new BasicAWSCredentials("AKIASY2JF3VSEDPYTCNN",
        "8WkcytorQT4Lv07TRa2NTXtXDo184fTTEORsiJQU");
    */
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
//                                                       ^^^^^^^^^^^^^^^^^^^^^^@-3< {{AWS access key ID AKIA…TCNN that goes with it}}
  }

  void sdkV2() {
    // Noncompliant@+1 {{Revoke this AWS secret access key (…fxGG); give the app temporary credentials from Cognito or STS instead. It is only in a comment, but it stays in the repository's history.}}
    // AwsBasicCredentials.create("AKIAZ3YOWUYWPH3K3UFU", "1uRcCKwqYJdgsalhFEPcajFokuRBZHKLBL/sfxGG");
//                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                ^^^^^^^^^^^^^^^^^^^^^^@-1< {{AWS access key ID AKIA…3UFU that goes with it}}
  }

  // The documentation's example: new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
  // aws_secret_access_key = <your secret access key>
  // git commit 3f786850e387550fdab836ed7e6dc881de23001b, object key uploads/2024/08/IMG_20240812_101500_HDR.jpg
}
