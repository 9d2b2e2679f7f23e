package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which files' code is walked: those whose text can give the detection something (docs/adr/025). */
class SourceGateTest {

  private static final SourceGate GATE = new SourceGate(new Detector(SpecLoader.builtIn()));

  @ParameterizedTest
  @ValueSource(strings = {
    // a literal with a run the pre-filter keeps, in Java and Kotlin strings, text blocks, raw strings and templates
    "class A { String s = \"4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\"; }",
    "class A { String s = \"a\\\"b\" + \"4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\"; }",
    "class A { char q = '\"'; String s = \"4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\"; }",
    "class A { String s = \"\"\"\n  4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\n  \"\"\"; }",
    "val s = \"\"\"\n4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\n\"\"\"",
    "val s = \"${x}4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\"",
    "val s = \"${f(\"4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\")}\"",
    // a provider's word in a name, a string, a typo of it, or the SDK's package
    "fun f() { val twilioToken = Keys.A }",
    "fun f() { val token = BuildConfig.TWILLIO_AUTH_TOKEN }",
    "fun f() = get(\"https://api.stripe.com/v1\")",
    "fun f() = get(\"https://api.github.com/user\")",
    // in a string, what follows an @ is no annotation
    "fun f() = send(\"ops@twilio-alerts.example\", body)",
    // a provider's host that a header's check looks for
    "object Shop { const val DOMAIN = \"example-store.myshopify.com\" }",
    "fun f() { map.put(\"sendgrid.key\", Keys.A) }",
    "import com.braintreegateway.*\nfun f() = gateway(Keys.A)",
    "import static com.twilio.Twilio.init;\nclass A { void f() { init(Keys.SID, Keys.TOKEN); } }",
    // an SDK's type imported, its package imported whole, or the file in that package
    "import com.stripe.net.Webhook\nfun f(p: String, h: String) = Webhook.constructEvent(p, h, Keys.A)",
    "import com.stripe.net.*\nfun f(p: String, h: String) = Webhook.constructEvent(p, h, Keys.A)",
    "package com.stripe.net\n\nfun f(p: String, h: String) = Webhook.constructEvent(p, h, Keys.A)",
    "package com.stripe.net;\nclass A { Object f(String p, String h) { return Webhook.constructEvent(p, h, Keys.A); } }",
    // an annotation's arguments are read
    "@Headers(\"Authorization: Bearer 4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f\")\nfun charges()",
    "@field:Named(\"x\") val stripeKey = Keys.A",
    // a long run without a digit that does not read as words
    "val s = \"pZrTqWmVbNcXkLsJhGfDaQwE\"",
    // every word of a names rule that names no provider (AWS's, Telegram's)
    "fun f() { val sessionToken = Keys.A }",
    "class A { void f() { String secretAccessKey = Keys.B; } }",
    "fun f() { val botToken = Keys.A }",
    // a value passed to a hashing call is no credential
    "class A { byte[] f() { return DigestUtils.sha256(Keys.SALT); } }",
    // a header added for a host that another file names
    "fun intercept(chain: Chain) = chain.request().newBuilder().addHeader(\"Authorization\", \"Bearer \" + BuildConfig.KEY)",
  })
  void walks_a_file_that_may_give_something(String text) {
    assertThat(GATE.mayMatter("Net.kt", text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "class A { int size() { return items.size(); } }",
    "fun f(x: Int) = x * 2 // see 4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f",
    "/* 4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f twilio */ class A {}",
    "/* nested /* 4f7c2d9e8a1b3c5d6e7f8a9b0c1d2e3f */ twilio */ class A {}",
    "class A { String s = \"short\"; char c = '\\''; String t = \"a b c d\"; }",
    // a provider's word inside another word is not the word
    "class Drawer { void draws() { stripes(); } }",
    "fun f() { val token = parser.nextToken(); val key = map.key }",
    // a package of one or two segments is nobody's SDK
    "import okhttp3.Request\nfun f() = Request.Builder().build()",
    // another package under an SDK's (Stripe's Android SDK, not stripe-java), and the words of directives
    "package com.stripe.android.view\n\nimport com.stripe.android.model.PaymentMethod\nclass Row(val method: PaymentMethod)",
    "package com.acme.twilio;\nimport com.acme.twilio.Helper;\nclass A { void f() { Helper.run(); } }",
    // the words of a provider whose every secret has a shape of its own, in names (Okio's Segment, a GitHub user)
    "class Buffer { var head: Segment? = null; fun githubUser(s: Square) = users.first() }",
    // an annotation's name names no value
    "@DoNotStrip\nclass Bridge { @DoNotStrip fun call() = Unit; @field:DoNotStrip val x = 1 }",
    // long runs without a digit that read as words: lint ids, names, MIME types
    "@Suppress(\"UnusedReceiverParameter\", \"OPT_IN_MARKER_ON_WRONG_TARGET\")\nfun Modifier.f() = this",
    "class A { String t = \"application/octet-stream\"; }",
  })
  void leaves_a_file_that_cannot(String text) {
    assertThat(GATE.mayMatter("Util.kt", text)).isFalse();
  }

  @Test
  void the_file_name_counts_as_a_name() {
    assertThat(GATE.mayMatter("TwilioConfig.kt", "object TwilioConfig")).isTrue();
    assertThat(GATE.mayMatter("StripeUtil.java", "class Util { }")).isTrue();
    assertThat(GATE.mayMatter("Util.java", "class Util { }")).isFalse();
  }

  @Test
  void unterminated_and_odd_text_never_fails() {
    for (String text : new String[] {"\"", "\"\"\"", "'", "/*", "val s = \"${", "x = '\\", "\"\\", "${}", "\"$", ""}) {
      assertThat(GATE.mayMatter("X.kt", text)).as(text).isFalse();
    }
  }
}
