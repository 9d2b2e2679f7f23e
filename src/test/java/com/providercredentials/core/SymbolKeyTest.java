package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys the front-ends agree on: a change here is a change of every front-end's output. */
class SymbolKeyTest {

  @Test
  void android_build_keys_are_the_module_s_first() {
    assertThat(SymbolKey.buildConfig("/p/app", "TOKEN")).containsExactly("/p/app#BuildConfig.TOKEN", "BuildConfig.TOKEN");
    assertThat(SymbolKey.resource("/p/app", "string", "token")).containsExactly("/p/app#R.string.token", "R.string.token");
    assertThat(SymbolKey.placeholder("/p/app", "key")).containsExactly("/p/app#manifestPlaceholders.key", "manifestPlaceholders.key");
  }

  @Test
  void file_scoped_keys() {
    assertThat(SymbolKey.local("file:///A.kt", "f", "x")).isEqualTo("file:///A.kt#f#x");
    assertThat(SymbolKey.local("file:///A.kt", "", "x")).isEqualTo("file:///A.kt##x");
    assertThat(SymbolKey.declaredAt("file:///A.java", 3, 14)).isEqualTo("file:///A.java#3:14");
    assertThat(SymbolKey.script("file:///build.gradle", "sid")).isEqualTo("file:///build.gradle#sid");
    assertThat(SymbolKey.gradleProperty("sid")).isEqualTo("gradle:sid");
    assertThat(SymbolKey.member("com.example.Secrets", "TOKEN")).isEqualTo("com.example.Secrets.TOKEN");
  }
}
