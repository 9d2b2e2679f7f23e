package com.providercredentials.binaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The names of an APK's compiled values: string resources' entry keys, and the manifest's meta-data names. */
class CompiledNamesTest {

  @Test
  void a_resource_table_gives_its_string_resources_with_their_keys_and_not_other_types() throws Exception {
    LinkedHashMap<String, String> strings = new LinkedHashMap<>();
    strings.put("app_name", "Rides");
    strings.put("twilio_auth_token", "a <token>");

    assertThat(CompiledNames.strings(TestJars.namedResourceTable(strings))).containsExactly(
      new ResourceText.Named("app_name", "Rides"),
      new ResourceText.Named("twilio_auth_token", "a <token>"));
    // the values alone, as before
    assertThat(ResourceStrings.read(TestJars.namedResourceTable(strings))).contains("Rides", "a <token>");
  }

  @Test
  void a_compiled_manifest_gives_its_meta_data() throws Exception {
    LinkedHashMap<String, String> metaData = new LinkedHashMap<>();
    metaData.put("com.vendor.API_SECRET", "s3cr3t");
    metaData.put("com.google.android.geo.API_KEY", "maps");

    assertThat(CompiledNames.metaData(TestJars.compiledManifest(metaData))).containsExactly(
      new ResourceText.Named("com.vendor.API_SECRET", "s3cr3t"),
      new ResourceText.Named("com.google.android.geo.API_KEY", "maps"));
  }

  @Test
  void a_table_without_packages_or_a_file_of_the_other_kind_gives_nothing_or_throws_checked() throws Exception {
    assertThat(CompiledNames.strings(TestJars.resourceFile(true, List.of("a", "b"), true))).isEmpty();
    assertThatThrownBy(() -> CompiledNames.strings(TestJars.resourceFile(false, List.of("a"), true))).isInstanceOf(ResourceStrings.Malformed.class);
    assertThatThrownBy(() -> CompiledNames.metaData(TestJars.resourceFile(true, List.of("a"), true))).isInstanceOf(ResourceStrings.Malformed.class);
  }

  @Test
  void truncated_or_mutated_files_give_what_they_hold_or_one_checked_exception() {
    LinkedHashMap<String, String> values = new LinkedHashMap<>();
    values.put("twilio_account_sid", "AC0123");
    values.put("twilio_auth_token", "token");
    byte[] table = TestJars.namedResourceTable(values);
    byte[] manifest = TestJars.compiledManifest(values);
    Random random = new Random(11);
    for (byte[] whole : new byte[][] {table, manifest}) {
      for (int length = 0; length < whole.length; length++) {
        readsOrThrowsChecked(Arrays.copyOf(whole, length));
      }
      for (int i = 0; i < 3_000; i++) {
        byte[] mutated = whole.clone();
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        readsOrThrowsChecked(mutated);
      }
    }
  }

  private static void readsOrThrowsChecked(byte[] bytes) {
    try {
      assertThat(CompiledNames.strings(bytes)).isNotNull();
    } catch (ResourceStrings.Malformed expected) {
      // one checked exception: the caller skips the entry
    }
    try {
      assertThat(CompiledNames.metaData(bytes)).isNotNull();
    } catch (ResourceStrings.Malformed expected) {
      // the same
    }
  }
}
