package com.example.gallery;

import android.content.Context;
import com.microsoft.azure.storage.CloudStorageAccount;

public class LegacyUpload {

  CloudStorageAccount account(Context context) throws Exception {
    return CloudStorageAccount.parse(context.getString(R.string.storage_connection)); // Noncompliant {{This app signs in to Azure Storage with the account key, which anyone can extract from the APK; fetch a short-lived user delegation SAS from your backend instead.}} [[id=az2]]
// S                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #az6 {{Passed to CloudStorageAccount.parse here}}
// S                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #az2 {{Read from the string resource storage_connection, packaged in the APK}}
  }
}
