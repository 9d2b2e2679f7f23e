package com.providercredentials.core;

import static com.providercredentials.core.ShapeSamples.base64Url;
import static com.providercredentials.core.ShapeSamples.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.providercredentials.core.Shape.Alphabet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each element of the shape grammar (docs/spec-format.md), on synthetic values of the real providers' shapes. */
class ShapeGrammarTest {

  private final Random random = new Random(2026);

  static Shape shape(String yaml) {
    return ShapeParser.parse("test.yaml", "", SpecTree.parseYaml(yaml));
  }

  private String b64(int length) {
    return random(random, Alphabet.BASE64_URL, length);
  }

  @Test
  void a_simple_shape_stays_simple_whichever_form_it_is_written_in() {
    Shape written = shape("{prefixes: [AC], alphabet: hex, length: 32}");
    Shape asParts = shape("{parts: [AC, {alphabet: hex, length: 32}]}");
    assertThat(written.isComposite()).isFalse();
    assertThat(asParts.isComposite()).isFalse();
    assertThat(asParts).hasToString(written.toString()).hasToString("[AC] + hex{32}");
    String sid = "AC" + random(random, Alphabet.LOWER_HEX, 32);
    assertThat(asParts.matches(sid)).isTrue();
    assertThat(asParts.token(sid).orElseThrow().part(1)).isEqualTo(sid.substring(2));
  }

  @Test
  void prefixes_of_which_one_starts_another_are_all_tried() {
    Shape stripe = shape("{parts: [[sk-, sk-proj-], {alphabet: alnum, length: 20}]}");
    assertThat(stripe.isComposite()).isTrue();
    String body = random(random, Alphabet.ALNUM, 20);
    assertThat(stripe.matches("sk-proj-" + body)).isTrue();
    assertThat(stripe.matches("sk-" + body)).isTrue();
    assertThat(stripe.find("k=sk-proj-" + body)).extracting(Shape.Match::text).containsExactly("sk-proj-" + body);
    Shape simpleForm = shape("{prefixes: [sk-, sk-proj-], alphabet: alnum, length: 20}");
    assertThat(simpleForm.isComposite()).isTrue();
    assertThat(simpleForm.matches("sk-proj-" + body)).isTrue();
  }

  @Test
  void multi_segment_sendgrid_key() {
    Shape sendGrid = shape("{parts: [SG., {alphabet: base64-url, length: 22}, ., {alphabet: base64-url, length: 43}]}");
    String key = "SG." + b64(22) + "." + b64(43);
    assertThat(sendGrid.isComposite()).isTrue();
    assertThat(sendGrid.matches(key)).isTrue();
    assertThat(sendGrid.shortestToken()).isEqualTo(69);
    assertThat(sendGrid.prefixes()).containsExactly("SG.");
    assertThat(sendGrid.minLength()).isEqualTo(66);
    assertThat(sendGrid.body(key)).isEqualTo(key.substring(3));
    // a segment too short or too long, a missing dot, another prefix, a character of no alphabet
    assertThat(sendGrid.matches("SG." + b64(21) + "." + b64(43))).isFalse();
    assertThat(sendGrid.matches(key + "x")).isFalse();
    assertThat(sendGrid.matches("SG." + b64(22) + b64(44))).isFalse();
    assertThat(sendGrid.matches("SH" + key.substring(2))).isFalse();
    assertThat(sendGrid.matches(key.substring(0, 30) + "+" + key.substring(31))).isFalse();
    // inside a text, bounded by characters that are not letters or digits
    assertThat(sendGrid.find("Authorization: Bearer " + key + "\n")).extracting(Shape.Match::text).containsExactly(key);
    assertThat(sendGrid.find("Bearer " + key).get(0).start()).isEqualTo(7);
    assertThat(sendGrid.find("xSG." + key.substring(3))).isEmpty();
    assertThat(sendGrid.find(key + "a")).isEmpty();
  }

  @Test
  void slack_bot_token_with_digit_runs_of_a_range() {
    Shape slack = shape("{parts: [xoxb-, {alphabet: digits, length: [10, 13]}, '-', {alphabet: digits, length: [10, 13]}, '-',"
      + " {alphabet: alnum, length: 24}]}");
    String token = "xoxb-" + random(random, Alphabet.DIGITS, 11) + "-" + random(random, Alphabet.DIGITS, 13) + "-" + random(random, Alphabet.ALNUM, 24);
    assertThat(slack.matches(token)).isTrue();
    assertThat(slack.token(token).orElseThrow().run(2)).hasValueSatisfying(id -> assertThat(id).hasSize(13));
    assertThat(slack.matches("xoxb-" + random(random, Alphabet.DIGITS, 9) + "-" + random(random, Alphabet.DIGITS, 13) + "-"
      + random(random, Alphabet.ALNUM, 24))).isFalse();
    assertThat(slack.matches(token.replace("xoxb-", "xoxp-"))).isFalse();
    assertThat(slack.find("val t = \"" + token + "\"")).extracting(Shape.Match::text).containsExactly(token);
  }

  @Test
  void openai_key_with_an_infix_inside_runs_of_its_own_alphabet() {
    Shape openAi = shape("{parts: [[sk-proj-, sk-svcacct-, sk-admin-], {alphabet: base64-url, length: [58, 74]}, T3BlbkFJ,"
      + " {alphabet: base64-url, length: [58, 74]}]}");
    String key = "sk-proj-" + b64(74) + "T3BlbkFJ" + b64(74);
    assertThat(openAi.matches(key)).isTrue();
    assertThat(openAi.matches("sk-svcacct-" + b64(58) + "T3BlbkFJ" + b64(60))).isTrue();
    assertThat(openAi.matches("sk-proj-" + b64(74) + "T3BlbkFK" + b64(74))).isFalse();
    assertThat(openAi.matches("sk-proj-" + b64(156))).isFalse();
    assertThat(openAi.find("OPENAI_API_KEY=" + key)).extracting(Shape.Match::text).containsExactly(key);
  }

  @Test
  void mailchimp_key_with_a_suffix_of_a_literal_and_digits() {
    Shape mailchimp = shape("{parts: [{alphabet: lower-hex, length: 32}, -us, {alphabet: digits, length: [1, 2], random: false}]}");
    String hex = random(random, Alphabet.LOWER_HEX, 32);
    assertThat(mailchimp.matches(hex + "-us12")).isTrue();
    assertThat(mailchimp.matches(hex + "-us6")).isTrue();
    assertThat(mailchimp.matches(hex + "-us123")).isFalse();
    assertThat(mailchimp.matches(hex + "-eu12")).isFalse();
    assertThat(mailchimp.matches(hex)).isFalse();
    // no leading literal: never searched inside a text
    assertThat(mailchimp.find("key " + hex + "-us12")).isEmpty();
    assertThat(mailchimp.judged(hex + "-us12")).extracting(Shape.Judged::text).containsExactly(hex);
  }

  @Test
  void github_tokens_carry_a_crc32_checksum_and_look_alikes_do_not_match() {
    Shape gitHub = shape("{parts: [[ghp_, gho_, ghu_, ghs_, ghr_], {name: random, alphabet: base62, length: 30},"
      + " {name: checksum, alphabet: base62, length: 6}], checksum: {algorithm: crc32-base62, of: random, in: checksum}}");
    for (String prefix : List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")) {
      String token = ShapeSamples.gitHubToken(prefix, random(random, Alphabet.ALNUM, 30));
      assertThat(gitHub.matches(token)).as(token).isTrue();
      assertThat(gitHub.find("token " + token + ";")).extracting(Shape.Match::text).containsExactly(token);
      // one character of the random part or of the checksum changed: no token
      char last = token.charAt(token.length() - 1);
      assertThat(gitHub.matches(token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a'))).isFalse();
      char first = token.charAt(4);
      assertThat(gitHub.matches(token.substring(0, 4) + (first == 'a' ? 'b' : 'a') + token.substring(5))).isFalse();
      assertThat(gitHub.find("token " + token.substring(0, 39) + "0;")).isEmpty();
    }
    // the CRC32 in Base62, left-padded with '0': CRC32("") is 0
    assertThat(Checksum.compute(Checksum.Algorithm.CRC32_BASE62, "", 6)).isEqualTo("000000");
    // CRC32("123456789") = 0xCBF43926, the check value of CRC-32/ISO-HDLC, = 3421780262 in Base62 0-9A-Za-z
    assertThat(Checksum.compute(Checksum.Algorithm.CRC32_BASE62, "123456789", 6)).isEqualTo("3jZRME");
    // the checksum run is not judged as random
    String token = ShapeSamples.gitHubToken("ghp_", random(random, Alphabet.ALNUM, 30));
    assertThat(gitHub.judged(token)).extracting(Shape.Judged::text).containsExactly(token.substring(4, 34));
  }

  @Test
  void jwt_whose_role_claim_decides_secret_or_public() {
    String jwt = "{parts: [eyJ, {alphabet: base64-url, length: [10, 300]}, ., {name: claims, alphabet: base64-url, length: [16, 2000]}, .,"
      + " {alphabet: base64-url, length: [43, 86]}], payload: {part: claims, has: [iss], equals: {role: %s}}}";
    Shape serviceRole = shape(jwt.formatted("service_role"));
    Shape anon = shape(jwt.formatted("anon"));
    String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String service = header + "." + base64Url("{\"iss\":\"supabase\",\"ref\":\"qwertzuiopasdfghjklz\",\"role\":\"service_role\",\"iat\":1700000000}")
      + "." + b64(43);
    String anonKey = header + "." + base64Url("{\"iss\":\"supabase\",\"ref\":\"qwertzuiopasdfghjklz\",\"role\":\"anon\",\"iat\":1700000000}") + "." + b64(43);
    assertThat(serviceRole.matches(service)).isTrue();
    assertThat(serviceRole.matches(anonKey)).isFalse();
    assertThat(anon.matches(anonKey)).isTrue();
    assertThat(anon.matches(service)).isFalse();
    // a payload without the member, or that is no JSON
    assertThat(serviceRole.matches(header + "." + base64Url("{\"role\":\"service_role\"}") + "." + b64(43))).isFalse();
    assertThat(serviceRole.matches(header + "." + b64(40) + "." + b64(43))).isFalse();
    assertThat(serviceRole.find("key = \"" + service + "\"")).extracting(Shape.Match::text).containsExactly(service);
  }

  @Test
  void mapbox_token_whose_base64_json_segment_has_a_user() {
    Shape secret = shape("{parts: [sk., {name: payload, alphabet: base64-url, length: [20, 400]}, ., {alphabet: base64-url, length: 22}],"
      + " payload: {part: payload, has: [u]}}");
    String payload = base64Url("{\"u\":\"someuser\",\"a\":\"ck" + random(random, Alphabet.LOWER_ALNUM, 23) + "\"}");
    assertThat(payload).startsWith("eyJ1Ijoi");
    String token = "sk." + payload + "." + b64(22);
    assertThat(secret.matches(token)).isTrue();
    assertThat(secret.matches("pk." + payload + "." + b64(22))).isFalse();
    assertThat(secret.matches("sk." + base64Url("{\"a\":\"x" + random(random, Alphabet.LOWER_ALNUM, 23) + "\"}") + "." + b64(22))).isFalse();
    assertThat(secret.find("MAPBOX_DOWNLOADS_TOKEN=" + token + "\n")).extracting(Shape.Match::text).containsExactly(token);
  }

  @Test
  void urls_say_which_part_is_the_secret_and_which_the_identifier() {
    Shape cloudinary = shape("{parts: ['cloudinary://', {name: identifier, alphabet: digits, length: 15}, ':',"
      + " {name: secret, alphabet: base64-url, length: 27}, '@', {name: cloud, alphabet: host, length: [1, 64], random: false}]}");
    String key = random(random, Alphabet.DIGITS, 15);
    String secret = b64(27);
    String url = "cloudinary://" + key + ":" + secret + "@my-cloud";
    Token token = cloudinary.token(url).orElseThrow();
    assertThat(token.secret()).isEqualTo(secret);
    assertThat(token.identifier()).contains(key);
    assertThat(token.part("cloud")).contains("my-cloud");
    assertThat(cloudinary.judged(url)).extracting(Shape.Judged::text).containsExactly(key, secret);
    assertThat(cloudinary.find("<meta-data android:name=\"CLOUDINARY_URL\" android:value=\"" + url + "\"/>"))
      .extracting(Shape.Match::text).containsExactly(url);
    assertThat(cloudinary.matches("cloudinary://" + key + ":" + secret)).isFalse();

    Shape webhook = shape("{parts: ['https://hooks.slack.com/services/T', {name: team, alphabet: upper-alnum, length: [8, 12], random: false},"
      + " /B, {alphabet: upper-alnum, length: [8, 12], random: false}, /, {name: secret, alphabet: alnum, length: 24}]}");
    String hook = random(random, Alphabet.ALNUM, 24);
    String hookUrl = "https://hooks.slack.com/services/T0123ABCD/B0456EFGHIJ/" + hook;
    assertThat(webhook.token(hookUrl).orElseThrow().secret()).isEqualTo(hook);
    assertThat(webhook.token(hookUrl).orElseThrow().part("team")).contains("0123ABCD");
    assertThat(webhook.matches(hookUrl.replace("hooks.slack.com", "hooks.slack.org"))).isFalse();
    // a value of a simple shape is its own secret
    assertThat(shape("{alphabet: hex, length: 32}").token("5f9a90f915f481177929e3b9df501a84").orElseThrow().secret())
      .isEqualTo("5f9a90f915f481177929e3b9df501a84");
  }

  @Test
  void requirements_apply_to_their_run() {
    Shape shape = shape("{parts: [rk_live_, {alphabet: alnum, length: 24, require: [upper, lower, digit]}]}");
    assertThat(shape.isComposite()).isFalse();
    Shape named = shape("{parts: [rk_live_, {name: secret, alphabet: alnum, length: 24, require: [upper, lower, digit]}]}");
    assertThat(named.isComposite()).isTrue();
    for (Shape s : List.of(shape, named)) {
      assertThat(s.matches("rk_live_" + "aB3" + random(random, Alphabet.ALNUM, 21))).isTrue();
      assertThat(s.matches("rk_live_" + random(random, Alphabet.LOWER_HEX, 24))).isFalse();
    }
  }

  @Test
  void a_malformed_shape_fails_with_the_spec_and_the_path() {
    assertThatThrownBy(() -> shape("{parts: [AC, {alphabet: hexa, length: 32}]}")).hasMessage("test.yaml at /parts[1]: unknown alphabet 'hexa'");
    assertThatThrownBy(() -> shape("{parts: [AC, {alphabet: hex, lenght: 32}]}")).hasMessageStartingWith("test.yaml at /parts[1]: unknown key 'lenght'");
    assertThatThrownBy(() -> shape("{prefixes: [AC], alphabet: hex, length: 32, checksum: {}}")).hasMessageContaining("unknown key 'checksum'");
    assertThatThrownBy(() -> shape("{parts: [{alphabet: hex, length: [4, 2]}]}")).hasMessage("test.yaml at /parts[0]: Invalid length 4..2");
    assertThatThrownBy(() -> shape("{parts: [x_, {name: a, alphabet: hex, length: 4}, {alphabet: hex, length: 2}],"
      + " checksum: {algorithm: crc32-base62, of: a, in: b}}")).hasMessageContaining("reads no run of the shape: b");
    assertThatThrownBy(() -> shape("{parts: [x_, {name: a, alphabet: hex, length: 4}, {name: b, alphabet: hex, length: 2}],"
      + " checksum: {algorithm: md5, of: a, in: b}}")).hasMessageContaining("unknown algorithm 'md5'");
    assertThatThrownBy(() -> shape("{parts: []}")).hasMessageContaining("expected a list of literals and runs");
    assertThatThrownBy(() -> shape("{parts: [x_, {alphabet: hex, length: 4, require: [symbol]}]}")).hasMessageContaining("unknown requirement 'symbol'");
    assertThatThrownBy(() -> shape("{parts: [{literal: 'a b'}, {alphabet: hex, length: 4}]}")).hasMessageContaining("printable ASCII");
  }
}
