package com.example.crm;

import com.intercom.api.Intercom;

public class Contacts {

  Intercom client() {
    return Intercom.builder().token("dG9rOmY3NTgxYzRkXzNkODhfNDEwZV84N2EwXzJkNmFjMzhkM2E3MToxOjA=").build(); // Noncompliant {{Revoke this Intercom access token (…OjA=) and call Intercom's REST API from your backend; the app needs only the Android SDK's API key and app id.}}
  }
}
