package com.providercredentials.core;

import static com.providercredentials.core.ShapeGrammarTest.shape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The grammar holds the shapes the 41-provider catalog needs (docs/spec-format.md, shared research on providers):
 * each parses, synthetic values of it match, and those with a leading literal are found inside a line of code.
 */
class CatalogShapesTest {

  /** Provider shapes as a spec writes them (formats from the research's provider cards; values are generated). */
  private static final Map<String, String> SHAPES = new TreeMap<>(Map.ofEntries(
    Map.entry("anthropic", "{parts: [sk-ant-api03-, {alphabet: base64-url, length: 93}, AA]}"),
    Map.entry("digitalocean", "{parts: [[dop_v1_, doo_v1_, dor_v1_], {alphabet: lower-hex, length: 64}]}"),
    Map.entry("discord-bot", "{parts: [{alphabet: base64-url, length: [24, 26]}, ., {alphabet: base64-url, length: 6}, .,"
      + " {alphabet: base64-url, length: [27, 38]}]}"),
    Map.entry("discord-webhook", "{parts: [[https://discord.com/api/webhooks/, https://discordapp.com/api/webhooks/],"
      + " {name: identifier, alphabet: digits, length: [17, 20], random: false}, /, {name: secret, alphabet: base64-url, length: 68}]}"),
    Map.entry("fcm-legacy", "{parts: [AAAA, {alphabet: base64-url, length: 7}, ':APA91b', {alphabet: base64-url, length: 134}]}"),
    Map.entry("gitlab", "{parts: [glpat-, {alphabet: base64-url, length: 20}]}"),
    Map.entry("heroku", "{parts: [HRKU-AA, {alphabet: base64-url, length: 58}]}"),
    Map.entry("mailgun", "{parts: [{alphabet: lower-hex, length: 32}, '-', {alphabet: lower-hex, length: 8}, '-', {alphabet: lower-hex, length: 8}]}"),
    Map.entry("mandrill", "{parts: [md-, {alphabet: base64-url, length: 22}]}"),
    Map.entry("postmark", "{parts: [{alphabet: lower-hex, length: 8}, '-', {alphabet: lower-hex, length: 4}, '-', {alphabet: lower-hex, length: 4},"
      + " '-', {alphabet: lower-hex, length: 4}, '-', {alphabet: lower-hex, length: 12}]}"),
    Map.entry("razorpay-key-id", "{parts: [[rzp_live_, rzp_test_], {alphabet: alnum, length: 14}]}"),
    Map.entry("segment", "{parts: [{alphabet: base64-url, length: 43}, ., {alphabet: base64-url, length: 43}]}"),
    Map.entry("sentry-user", "{parts: [sntryu_, {alphabet: lower-hex, length: 64}]}"),
    Map.entry("shopify", "{parts: [[shpat_, shpca_, shppa_, shpss_], {alphabet: hex, length: 32}]}"),
    Map.entry("square", "{parts: [EAAA, {alphabet: base64-url, length: 60}]}"),
    Map.entry("stripe", "{parts: [[sk_live_, sk_test_, rk_live_, rk_test_], {alphabet: alnum, length: [24, 247]}]}"),
    Map.entry("telegram", "{parts: [{alphabet: digits, length: [8, 10], random: false}, ':AA', {alphabet: base64-url, length: 33}]}"),
    Map.entry("telegram-url", "{parts: [https://api.telegram.org/bot, {alphabet: digits, length: [8, 10], random: false}, ':AA',"
      + " {name: secret, alphabet: base64-url, length: 33}, /]}"),
    Map.entry("telnyx", "{parts: [KEY, {alphabet: base64-url, length: 55}]}"),
    Map.entry("azure-storage", "{parts: [[DefaultEndpointsProtocol=https;AccountName=, DefaultEndpointsProtocol=http;AccountName=],"
      + " {name: identifier, alphabet: lower-alnum, length: [3, 24], random: false}, ;AccountKey=, {name: secret, alphabet: base64, length: 86}, ==]}")));

  @Test
  void the_catalog_shapes_parse_and_their_synthetic_values_match() {
    Random random = new Random(41);
    for (Map.Entry<String, String> entry : SHAPES.entrySet()) {
      Shape shape = shape(entry.getValue());
      for (int i = 0; i < 20; i++) {
        String value = ShapeSamples.candidate(shape, random);
        assertThat(shape.matches(value)).as(entry.getKey() + ": " + value).isTrue();
        if (!shape.prefixes().isEmpty()) {
          assertThat(shape.find("String key = \"" + value + "\";")).as(entry.getKey()).extracting(Shape.Match::text).containsExactly(value);
        }
        assertThat(shape.matches("!" + value.substring(1))).as(entry.getKey()).isFalse();
        assertThat(shape.matches(value + "!")).as(entry.getKey()).isFalse();
      }
    }
  }
}
