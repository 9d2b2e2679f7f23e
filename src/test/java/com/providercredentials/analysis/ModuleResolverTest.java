package com.providercredentials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleResolverTest {

  @TempDir
  Path root;

  @Test
  void nearest_directory_with_a_build_file_whichever_file_is_asked_first() throws Exception {
    Path project = Files.createDirectories(root.resolve("project"));
    Files.writeString(project.resolve("settings.gradle"), "");
    Files.writeString(project.resolve("build.gradle"), "");
    Path app = Files.createDirectories(project.resolve("app/src/main/java/com/example"));
    Files.writeString(project.resolve("app/build.gradle.kts"), "");
    Path lib = Files.createDirectories(project.resolve("lib/src/main/java"));
    Path loose = Files.createDirectories(root.resolve("loose/deep/er"));

    ModuleResolver modules = new ModuleResolver();
    // deepest first, then a sibling that shares the cached ancestors, then a file directly in a module
    assertThat(modules.moduleOf(app.resolve("Main.java"))).isEqualTo(project.resolve("app"));
    assertThat(modules.moduleOf(project.resolve("app/src/main/AndroidManifest.xml"))).isEqualTo(project.resolve("app"));
    assertThat(modules.moduleOf(lib.resolve("Lib.java"))).isEqualTo(project);
    assertThat(modules.moduleOf(project.resolve("app/build.gradle.kts"))).isEqualTo(project.resolve("app"));
    // no build file above (up to the file system's root): the file's own directory
    assertThat(modules.moduleOf(loose.resolve("a.xml"))).isEqualTo(loose);
    assertThat(modules.moduleOf(root.resolve("loose/deep/b.xml"))).isEqualTo(root.resolve("loose/deep"));

    ModuleResolver fresh = new ModuleResolver();
    assertThat(fresh.moduleOf(lib.resolve("Lib.java"))).isEqualTo(project);
    assertThat(fresh.moduleOf(app.resolve("Main.java"))).isEqualTo(project.resolve("app"));
  }
}
