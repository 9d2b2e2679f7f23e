package com.providercredentials.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The traits a front-end sets on a unit, and what they change for the unit itself. */
class TraitTest {

  @Test
  void a_unit_holds_its_traits_once_each() {
    SourceUnit unit = new SourceUnit("Main.java", "app", SourceUnit.Kind.CODE).trait(Trait.ANDROID_CODE).trait(Trait.ANDROID_CODE);
    assertThat(unit.traits()).containsExactly(Trait.ANDROID_CODE);
    assertThatThrownBy(() -> unit.traits().add(Trait.ANDROID_MODULE)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_file_that_makes_its_module_an_android_one_is_never_empty() {
    assertThat(new SourceUnit("AndroidManifest.xml", "app", SourceUnit.Kind.RESOURCE).isEmpty()).isTrue();
    assertThat(new SourceUnit("AndroidManifest.xml", "app", SourceUnit.Kind.RESOURCE).trait(Trait.ANDROID_MODULE).isEmpty()).isFalse();
    // Android code with nothing in it says nothing of its module
    assertThat(new SourceUnit("Main.java", "app", SourceUnit.Kind.CODE).trait(Trait.ANDROID_CODE).isEmpty()).isTrue();
  }
}
