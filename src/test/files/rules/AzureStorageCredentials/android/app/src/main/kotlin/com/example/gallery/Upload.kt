package com.example.gallery

import com.azure.storage.blob.BlobServiceClientBuilder
import com.azure.storage.common.StorageSharedKeyCredential

class Upload {

    fun client() = BlobServiceClientBuilder()
        .endpoint("https://ke5ycjdbbvtdc4.blob.core.windows.net")
// S              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #az3 {{Azure Storage account https://….net that goes with it}}
        // Noncompliant@+1 {{Revoke this Azure Storage account key (…zw==) by rotating it, and give the app short-lived user delegation SAS tokens from your backend instead.}} [[id=az3]]
        .credential(StorageSharedKeyCredential("ke5ycjdbbvtdc4", "c8qCGFBLGod7Nqu0PwfuC26+KlccT55UQGyCj14hIbIPW1AQfiez2pb1vSNT3UXBZ30ggtFH1A1LvJP1idc+zw==")) // Noncompliant {{This app signs in to Azure Storage with the account key, which anyone can extract from the APK; fetch a short-lived user delegation SAS from your backend instead.}} [[id=az4]]
// S                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #az4 {{The credential is written here, in the app's code}}
        .buildClient()

    fun fromBuildConfig() = StorageSharedKeyCredential(BuildConfig.AZURE_ACCOUNT, BuildConfig.AZURE_STORAGE_KEY) // Noncompliant {{This app signs in to Azure Storage with the account key, which anyone can extract from the APK; fetch a short-lived user delegation SAS from your backend instead.}} [[id=az5]]
// S                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #az1 {{Passed to new StorageSharedKeyCredential here}}
// S                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1 #az5 {{Read from BuildConfig.AZURE_STORAGE_KEY, which the build writes into the APK}}
}
