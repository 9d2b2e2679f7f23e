package com.example.gallery;

import com.cloudinary.Cloudinary;
import com.cloudinary.utils.ObjectUtils;

/** The Java SDK's configuration as its README writes it: keys and values in one varargs map. */
public class MediaSetup {

  static Cloudinary client() {
    return new Cloudinary(ObjectUtils.asMap(
      "cloud_name", "south-media",
      "api_key", "194967465411904",
      "api_secret", "pkaKgPbKIl671poHLGDdF6Iw0W3")); // Noncompliant {{Revoke this Cloudinary API secret (…w0W3) in the Console; let the app upload with an unsigned upload preset or a signature made by your backend.}}
  }
}

/** Keys and values in an ordinary map helper, with no provider around them: nothing says whose secret it is. */
class Settings {

  static java.util.Map<String, Object> analytics() {
    return ObjectUtils.asMap("api_key", "194967465411904", "api_secret", "Zt4kQw9LmP2xRv7NcB5yHs3DfG8");
  }
}
