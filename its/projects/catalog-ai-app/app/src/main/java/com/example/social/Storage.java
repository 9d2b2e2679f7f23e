package com.example.social;

final class Storage {
    static final String RELEASES_TOKEN = "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";
    static final String BLOBS = "DefaultEndpointsProtocol=https;AccountName=socialmedia143;AccountKey=8CdxkbhPrS6cve+4OAQi4Ypdcf0V4/eai0OoZgx7fPbYS661C1jlz3oGjt36eT1qJX2csfByb1PnLED0QyXkSJ==;EndpointSuffix=core.windows.net";
    static final String SHOPIFY_ADMIN_TOKEN = "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";
}
