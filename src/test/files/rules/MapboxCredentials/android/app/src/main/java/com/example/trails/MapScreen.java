package com.example.trails;

/** Public tokens are made for the app: silent. */
public class MapScreen {

  static final String PUBLIC_TOKEN = "pk.eyJ1IjoiZmllbGR0ZWFtNCIsImEiOiJjbGpjOTlnNzFqZ29manVybHl2ZGhrMjVrIn0.tw4F9_0tcBysr8fMwcN-vu";

  String geocodeUrl(String query) {
    return "https://api.mapbox.com/search/geocode/v6/forward?q=" + query + "&access_token=" + PUBLIC_TOKEN;
  }

  // Noncompliant@+1 {{Revoke this Mapbox secret token (…Prqo) and keep it on your backend; the app needs only a public pk. token restricted to it. It is only in a comment, but it stays in the repository's history.}}
  // static final String SECRET_TOKEN = "sk.eyJ1IjoiZ2VvLWRldjI3IiwiYSI6ImNsY2wybnh1NDN1M2poM25mMms2ZTh3dW8ifQ.b1KmcG__-q6nZ4pap2Prqo";
}
