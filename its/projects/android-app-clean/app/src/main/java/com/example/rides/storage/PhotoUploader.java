package com.example.rides.storage;

import android.content.Context;
import com.amazonaws.auth.CognitoCachingCredentialsProvider;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3Client;
import com.example.rides.BuildConfig;

/** Temporary credentials from a Cognito identity pool, for a role that may only upload photos. */
public class PhotoUploader {

    private final AmazonS3Client s3;

    public PhotoUploader(Context context) {
        CognitoCachingCredentialsProvider credentials =
            new CognitoCachingCredentialsProvider(context, BuildConfig.COGNITO_IDENTITY_POOL, Regions.EU_WEST_1);
        s3 = new AmazonS3Client(credentials);
    }
}
