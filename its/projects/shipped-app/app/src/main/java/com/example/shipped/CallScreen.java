package com.example.shipped;

import android.app.Activity;
import android.os.Bundle;

/** The source holds no credential: they come from the build. */
public class CallScreen extends Activity {

  @Override
  protected void onCreate(Bundle state) {
    super.onCreate(state);
    setTitle(getString(android.R.string.ok));
  }
}
