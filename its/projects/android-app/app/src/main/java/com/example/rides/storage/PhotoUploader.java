package com.example.rides.storage;

import android.net.Uri;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3Client;
import com.example.rides.BuildConfig;

public class PhotoUploader {

    private final AmazonS3Client s3 =
        new AmazonS3Client(new BasicAWSCredentials("AKIAC42A7AUVQZEA46DZ", "pCd3Oz5lF5OU1ppcmH54sCdhfDgKoMloiDbofyhI"));

    private final AmazonS3Client backup =
        new AmazonS3Client(new BasicAWSCredentials(BuildConfig.AWS_ACCESS_KEY_ID, BuildConfig.AWS_SECRET_KEY));

    public void upload(Uri photo) {
        s3.putObject("rides-photos", photo.getLastPathSegment(), photo.getPath());
    }
}
