plugins {
    id("com.android.library")
}

android {
    namespace = "com.example.uploads.lib"
    defaultConfig {
        // Noncompliant@+2 {{Revoke this AWS secret access key (…ZRwy); give the app temporary credentials from Cognito or STS instead. It is only in a comment, but it stays in the repository's history.}}
        // buildConfigField("String", "AWS_ACCESS_KEY_ID", "\"AKIAXMZZSNIWYRWN5GO3\"")
        // buildConfigField("String", "AWS_SECRET_ACCESS_KEY", "\"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\"")
//                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{AWS access key ID AKIA…5GO3 that goes with it}}
        // buildConfigField("String", "AWS_SECRET_ACCESS_KEY", "\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"")
    }
}

// Noncompliant@+2 {{Revoke this AWS secret access key (…DZdp); give the app temporary credentials from Cognito or STS instead. It is only in a comment, but it stays in the repository's history.}}
/* val credentials =
    BasicAWSCredentials("AKIAVZAUZMEWHRNCFOHM", "k+2TbMpJ2rLzVYqI3iNupBo6nv733K5J7d+4DZdp")
*/
//                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1
//                      ^^^^^^^^^^^^^^^^^^^^^^@-2< {{AWS access key ID AKIA…FOHM that goes with it}}
