package io.github.bsa.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of the library modules (docs/architecture.md). Lives in the CLI module because
 * it is the one module that sees all library modules.
 */
final class ArchitectureTest {
  private static final String[] MODULE_ROOTS = {"core", "parsers", "storage", "jdbc"};

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(
                "io.github.bsa.core",
                "io.github.bsa.parsers",
                "io.github.bsa.storage",
                "io.github.bsa.jdbc");
  }

  @Test
  void core_dependsOnNoOtherBsaModule() {
    noClasses()
        .that()
        .resideInAPackage("io.github.bsa.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.bsa.parsers..",
            "io.github.bsa.storage..",
            "io.github.bsa.jdbc..",
            "io.github.bsa.cli..")
        .check(library);
  }

  /**
   * Internal packages a module exports, with a qualified export, to sibling modules: package to the
   * packages of the modules allowed to use it. {@code ModuleTest} checks module-info says the same.
   */
  static final Map<String, List<String>> QUALIFIED_EXPORTS =
      Map.of(
          "io.github.bsa.core.internal.text", List.of("io.github.bsa.parsers"),
          "io.github.bsa.core.internal.ids", List.of("io.github.bsa.storage"),
          "io.github.bsa.storage.internal", List.of("io.github.bsa.jdbc"),
          // ADR 0160: configuration validation (Bean Validation) shared by bsa's modules
          "io.github.bsa.core.internal.config",
              List.of("io.github.bsa.jdbc", "io.github.bsa.parsers", "io.github.bsa.storage"));

  @Test
  void internalPackages_areNotUsedAcrossModules() {
    String[] qualified = QUALIFIED_EXPORTS.keySet().toArray(String[]::new);
    for (String root : MODULE_ROOTS) {
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.bsa." + root + "..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("io.github.bsa." + root + ".internal..")
                  .and(JavaClass.Predicates.resideOutsideOfPackages(qualified)))
          .allowEmptyShould(true)
          .check(library);
    }
  }

  /**
   * The internal packages of core exported (qualified) to the stores: the id rule (ADR 0010) and
   * configuration validation (ADR 0160).
   */
  @Test
  void qualifiedCoreExport_isOnlyTheIdRuleAndConfigValidation() {
    noClasses()
        .that()
        .resideInAPackage("io.github.bsa.storage..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "core internals other than the id rule and config validation",
                c ->
                    c.getPackageName().startsWith("io.github.bsa.core.internal")
                        && !c.getPackageName().equals("io.github.bsa.core.internal.ids")
                        && !c.getPackageName().equals("io.github.bsa.core.internal.config")))
        .check(library);
  }

  @Test
  void qualifiedInternalPackages_areUsedOnlyByTheirOwnerAndTargets() {
    QUALIFIED_EXPORTS.forEach(
        (pkg, targets) -> {
          List<String> allowed = new ArrayList<>();
          allowed.add(pkg.substring(0, pkg.indexOf(".internal")) + "..");
          targets.forEach(t -> allowed.add(t + ".."));
          noClasses()
              .that()
              .resideOutsideOfPackages(allowed.toArray(String[]::new))
              .should()
              .dependOnClassesThat()
              .resideInAPackage(pkg)
              // core.internal.config is shared with every library module: nothing is left outside
              .allowEmptyShould(true)
              .check(library);
        });
  }

  @Test
  void pdfbox_onlyInThePdfPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.bsa.parsers.internal.pdf..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
        .check(library);
  }

  @Test
  void javaSql_onlyInJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.bsa.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .check(library);
  }

  @Test
  void model_holdsOnlyImmutableShapes() {
    classes()
        .that()
        .resideInAPackage("io.github.bsa.core.model")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(library);
  }

  @Test
  void library_doesNotPrintOrUseJul() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(library);
    // one exception: ConfigValidation lowers the level of Hibernate Validator's start-up line,
    // which HV logs through java.util.logging when no Logback is present (ADR 0160); it logs
    // nothing itself
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("io.github.bsa.core.internal.config.ConfigValidation")
        .and()
        .doNotHaveFullyQualifiedName("io.github.bsa.core.internal.config.ConfigValidation$Holder")
        .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .check(library);
    noClasses().should().callMethod(Throwable.class, "printStackTrace").check(library);
  }
}
