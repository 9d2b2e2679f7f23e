package com.example.billing;

import com.stripe.StripeClient;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

public class WebhookController {

  static final String ENDPOINT_SECRET = "whsec_woPLMLxc2zn6NRWRS2lf8IcrztH1YIQi"; // Noncompliant {{Roll this Stripe webhook signing secret (…YIQi); only the backend that receives Stripe's webhooks may hold it.}} [[id=YIQi]]
//                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  static final String SVIX_WEBHOOK_SECRET = "whsec_vTNfwO5fBYienn3lhiY1dfwV8medPNGF";
  static final String CONTENT_SHA256 = "sk_live_78f90b17a5b0492207599b46bf8fc9c60fb26046";

  private final StripeClient client = new StripeClient("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"); // Noncompliant {{Revoke this Stripe secret key (…g9vF) and keep secret keys on your backend; an app needs only the publishable key.}}
//                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

  Event handle(String payload, String sigHeader) throws Exception {
    return Webhook.constructEvent(payload, sigHeader, ENDPOINT_SECRET);
// S                                                  ^^^^^^^^^^^^^^^ #YIQi {{Passed to Webhook.constructEvent here}}
  }

  Event handleInline(String payload, String sigHeader) throws Exception {
    return Webhook.constructEvent(payload, sigHeader, "whsec_IAUHnJWwiOrA2CRKhJ1JxmcJ4RAmKZH1", 300); // Noncompliant {{Roll this Stripe webhook signing secret (…KZH1); only the backend that receives Stripe's webhooks may hold it.}}
//                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  Event fromEnvironment(String payload, String sigHeader) throws Exception {
    return client.constructEvent(payload, sigHeader, System.getenv("STRIPE_WEBHOOK_SECRET"));
  }
}
