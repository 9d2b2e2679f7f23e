package com.example.storage;

import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.BasicSessionCredentials;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

public class AwsClients {

  private static final String AWS_SECRET_ACCESS_KEY = "2JNUor34FDppW4crLBu7ZmLgJ2WNSqItzPKpJABp"; // Noncompliant {{Revoke this AWS secret access key (…JABp); give the app temporary credentials from Cognito or STS instead.}} [[id=JABp]]
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  BasicAWSCredentials sdkV1() {
    return new BasicAWSCredentials("AKIAPINMA7IOCIKKJCHM", "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8"); // Noncompliant {{Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead.}}
//                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// S                               ^^^^^^^^^^^^^^^^^^^^^^@-1 #JABp {{AWS access key ID AKIA…JCHM that goes with it}}
//                                 ^^^^^^^^^^^^^^^^^^^^^^@-2< {{AWS access key ID AKIA…JCHM that goes with it}}
  }

  BasicSessionCredentials session() {
    return new BasicSessionCredentials("ASIAPLFJYFMORA5CRKW7", "pgHZrelGXzCPL60WjpmqM0t2CW/6/m8/vojw+Bui", // Noncompliant {{Revoke this AWS secret access key (…+Bui); give the app temporary credentials from Cognito or STS instead.}}
//                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                     ^^^^^^^^^^^^^^^^^^^^^^@-1< {{AWS temporary access key ID ASIA…RKW7 that goes with it}}
//                                     ^^^^^^^^^^^^^^^^^^^^^^@-2> {{AWS temporary access key ID ASIA…RKW7 that goes with it}}
      "IQoJb3JpZ2luX2VjEUjVdjNlqAtk91OeNZ1uDe4FhNyLhP4ANYr5R9+13bnqyNZvNqL31PqqknzE9y6PvsT7M3c4DNYtdAUpxRfLJn5z3VeTPoz6IogixPqN92gfXTQSQ5jsfe7SlmXV+n0kb2bgNlyIsaDJfRVWnnh+GqQjz52m2LVynMH4Jo=="); // Noncompliant {{Remove this AWS session token (…Jo==); the app must obtain its own temporary credentials from Cognito or STS at run time.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  AwsBasicCredentials sdkV2(String keyId) {
    return AwsBasicCredentials.create(keyId, "3C4CbU8mZ9rwQ8UJamxlmZTNT6jERU3ZC6IZKtM8"); // Noncompliant {{Revoke this AWS secret access key (…KtM8); give the app temporary credentials from Cognito or STS instead.}}
//                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  AwsSessionCredentials sessionV2() {
    return AwsSessionCredentials.create(
      "ASIAPLFJYFMORA5CRKW7",
//    ^^^^^^^^^^^^^^^^^^^^^^< {{AWS temporary access key ID ASIA…RKW7 that goes with it}}
//    ^^^^^^^^^^^^^^^^^^^^^^@-1> {{AWS temporary access key ID ASIA…RKW7 that goes with it}}
// S  ^^^^^^^^^^^^^^^^^^^^^^@-2 #Bui {{AWS temporary access key ID ASIA…RKW7 that goes with it}}
      "2JNUor34FDppW4crLBu7ZmLgJ2WNSqItzPKpJABp", // Noncompliant {{Revoke this AWS secret access key (…JABp); give the app temporary credentials from Cognito or STS instead.}}
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      System.getenv("AWS_SESSION_TOKEN"));
  }

  void properties() {
    System.setProperty("aws.secretKey", "pgHZrelGXzCPL60WjpmqM0t2CW/6/m8/vojw+Bui"); // Noncompliant {{Revoke this AWS secret access key (…+Bui); give the app temporary credentials from Cognito or STS instead.}} [[id=Bui]]
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }
}
