package com.example.maps;

/** Tile uploads: an access key of the company's AWS account, also hard-coded in the Courier app. */
public final class Uploads {
    static final String AWS_ACCESS_KEY_ID = "AKIAZE7POTCUIR5GO3ZU";

    private Uploads() {
    }
}
