package com.providercredentials.binaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An App Bundle's resources, as protocol buffers: the names and values of its strings and meta-data. */
class ProtoResourcesTest {

  @Test
  void a_resource_table_gives_its_string_resources_with_their_names_and_nothing_else() throws Exception {
    byte[] table = Proto.resourceTable("app_name", "Rides", "twilio_auth_token", "raw <&\"'> value");

    assertThat(ProtoResources.strings(table)).containsExactly(
      new ResourceText.Named("app_name", "Rides"),
      new ResourceText.Named("twilio_auth_token", "raw <&\"'> value"));
    assertThat(ProtoResources.asText("base/resources.pb", table)).isEqualTo(new ResourceText.AsText("res/values/strings.xml",
      "<resources>\n<string name=\"app_name\">Rides</string>\n"
        + "<string name=\"twilio_auth_token\">raw &lt;&amp;&quot;&apos;&gt; value</string>\n</resources>\n"));
  }

  @Test
  void a_manifest_gives_its_meta_data_at_any_depth() throws Exception {
    byte[] manifest = Proto.manifest("com.vendor.API_SECRET", "s3cr3t", "com.google.android.geo.API_KEY", "maps");

    assertThat(ProtoResources.metaData(manifest)).containsExactly(
      new ResourceText.Named("com.vendor.API_SECRET", "s3cr3t"),
      new ResourceText.Named("com.google.android.geo.API_KEY", "maps"));
    assertThat(ProtoResources.asText("base/manifest/AndroidManifest.xml", manifest).path()).isEqualTo("AndroidManifest.xml");
  }

  @Test
  void only_a_bundle_module_s_table_and_manifest_are_read_so() {
    assertThat(ProtoResources.isBundleResource("base/resources.pb")).isTrue();
    assertThat(ProtoResources.isBundleResource("feature_pay/manifest/AndroidManifest.xml")).isTrue();
    assertThat(ProtoResources.isBundleResource("resources.pb")).isFalse();
    assertThat(ProtoResources.isBundleResource("AndroidManifest.xml")).isFalse();
    assertThat(ProtoResources.isBundleResource("base/res/xml/AndroidManifest.xml")).isFalse();
  }

  @Test
  void truncated_or_mutated_files_give_what_they_hold_or_one_checked_exception() {
    byte[] table = Proto.resourceTable("twilio_account_sid", "AC0123", "twilio_auth_token", "token");
    byte[] manifest = Proto.manifest("a", "b", "c", "d");
    for (byte[] whole : new byte[][] {table, manifest}) {
      for (int length = 0; length < whole.length; length++) {
        byte[] cut = Arrays.copyOf(whole, length);
        readsOrThrowsChecked(cut);
      }
      Random random = new Random(7);
      for (int i = 0; i < 2_000; i++) {
        byte[] mutated = whole.clone();
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        readsOrThrowsChecked(mutated);
      }
    }
    assertThatThrownBy(() -> ProtoResources.strings(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
      .isInstanceOf(ResourceStrings.Malformed.class);
  }

  @Test
  void nesting_is_bounded() throws Exception {
    Proto element = Proto.message().string(3, "meta-data").message(4, Proto.message().string(2, "name").string(3, "deep"))
      .message(4, Proto.message().string(2, "value").string(3, "v"));
    for (int i = 0; i < ProtoResources.MAX_DEPTH + 10; i++) {
      element = Proto.message().string(3, "x").message(5, Proto.message().message(1, element));
    }
    assertThat(ProtoResources.metaData(Proto.message().message(1, element).bytes())).isEmpty();
  }

  private static void readsOrThrowsChecked(byte[] bytes) {
    for (String name : new String[] {"base/resources.pb", "base/manifest/AndroidManifest.xml"}) {
      try {
        assertThat(ProtoResources.asText(name, bytes).text()).isNotNull();
      } catch (ResourceStrings.Malformed expected) {
        // one checked exception: the caller skips the entry
      }
    }
  }
}
