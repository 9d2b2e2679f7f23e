package com.example.orders;

final class PayPalKeys {
  static final String CLIENT_ID = "AuTIsu7u0L9aQghWklTgWVux4uUhPclJ426uHNPHiebmDlf7fqe9k3QMgJL5wi-Q2btNeNeucZgghcEP";
// S                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ #i6 {{PayPal client ID A…hcEP that goes with it}}
  static final String CLIENT_SECRET = "EfJQxnmSwwX04VvbaH7pH3nGZ669GHKKohcENJAs1RhQmKw8G5qWUUrljiYxrFJem1yMtq2VSmCoSr6g"; // Noncompliant {{Revoke this PayPal client secret (…Sr6g); create and capture orders on your backend and give the app only the client ID.}} [[id=i6]]
//                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  private PayPalKeys() {
  }
}
