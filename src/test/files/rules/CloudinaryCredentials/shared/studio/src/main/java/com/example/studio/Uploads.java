package com.example.studio;

public class Uploads {
  // Noncompliant@+1 {{Revoke this Cloudinary API secret (…sR8z) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}} [[id=studio-secret]]
  static final String MEDIA_URL = "cloudinary://981211341311271:mWWm_-cVsvxUrqYWvdbXdDesR8z@river-photos"; // Noncompliant {{This Cloudinary account (…otos, key cloudinary://…otos) is also hard-coded in feed of this project; give each app its own product environment, and none of them the API secret.}} [[id=studio]]
// S                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #feed {{The same Cloudinary account, in studio}}
}
