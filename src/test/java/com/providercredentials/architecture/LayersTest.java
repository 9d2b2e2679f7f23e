package com.providercredentials.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/adr/013: the detection core knows nothing of SonarQube nor of any language; front-ends know the
 * core; the per-analysis services know the front-ends that read files; the plugin package wires everything.
 */
class LayersTest {

  private static final String ROOT = "com.providercredentials";
  private static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void the_layers_are_held() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("plugin").definedBy(ROOT + ".plugin..")
      .layer("code front-ends").definedBy(ROOT + ".java..", ROOT + ".kotlin..")
      .layer("analysis").definedBy(ROOT + ".analysis..")
      .layer("file front-ends").definedBy(ROOT + ".files..")
      .layer("binary front-ends").definedBy(ROOT + ".binaries..")
      .layer("lowering").definedBy(ROOT + ".lowering..")
      .layer("accounts").definedBy(ROOT + ".accounts..")
      .layer("measures").definedBy(ROOT + ".measures..")
      .layer("core").definedBy(ROOT + ".core..")
      .whereLayer("plugin").mayNotBeAccessedByAnyLayer()
      .whereLayer("code front-ends").mayOnlyBeAccessedByLayers("plugin")
      .whereLayer("analysis").mayOnlyBeAccessedByLayers("plugin", "code front-ends")
      .whereLayer("file front-ends").mayOnlyBeAccessedByLayers("plugin", "analysis")
      .whereLayer("binary front-ends").mayOnlyBeAccessedByLayers("plugin", "analysis")
      .whereLayer("lowering").mayOnlyBeAccessedByLayers("code front-ends", "file front-ends")
      .whereLayer("accounts").mayOnlyBeAccessedByLayers("plugin", "analysis")
      .whereLayer("measures").mayOnlyBeAccessedByLayers("plugin")
      .check(classes);
  }

  @Test
  void the_core_knows_nothing_of_sonarqube() {
    noClasses().that().resideInAPackage(ROOT + ".core..")
      .should().dependOnClassesThat().resideInAnyPackage("org.sonar..", "org.sonarsource..", "com.sonarsource..", "org.jetbrains..")
      .check(classes);
  }

  @Test
  void the_lowering_scaffold_knows_only_the_core() {
    classes().that().resideInAPackage(ROOT + ".lowering..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".lowering..", ROOT + ".core..", "java..", "javax.annotation..")
      .check(classes);
  }

  @Test
  void front_ends_of_one_kind_do_not_reach_into_another() {
    noClasses().that().resideInAPackage(ROOT + ".kotlin..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".java..")
      .check(classes);
    noClasses().that().resideInAPackage(ROOT + ".java..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".kotlin..")
      .check(classes);
  }

  @Test
  void no_package_cycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }
}
