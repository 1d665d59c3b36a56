package com.brewski.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of DESIGN.md, over the production classes of every module. */
class ModuleRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewski");

    /** A rule over an empty package checks nothing: every package a rule names must hold classes. */
    @ParameterizedTest
    @ValueSource(strings = {"com.brewski.domain", "com.brewski.application", "com.brewski.adapters.http",
            "com.brewski.adapters.persistence", "com.brewski.adapters.storage", "com.brewski.adapters.mail",
            "com.brewski.bootstrap"})
    void every_module_package_holds_classes(String packageName) {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith(packageName))).isNotEmpty();
    }

    @Test
    void domain_depends_on_the_jdk_only() {
        ArchRule rule = noClasses().that().resideInAPackage("com.brewski.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.brewski.domain..")
                .because("the domain has no third-party dependency");
        rule.check(CLASSES);
    }

    @Test
    void application_depends_on_the_domain_and_the_jdk_only() {
        ArchRule rule = noClasses().that().resideInAPackage("com.brewski.application..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "com.brewski.domain..", "com.brewski.application..")
                .because("use cases never import an adapter or a framework");
        rule.check(CLASSES);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ArchRule rule = slices().matching("com.brewski.adapters.(*)..").should().notDependOnEachOther();
        rule.check(CLASSES);
    }

    @Test
    void nothing_but_bootstrap_depends_on_bootstrap() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("com.brewski.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.brewski.bootstrap..");
        rule.check(CLASSES);
    }

    @Test
    void frameworks_stay_in_their_adapter() {
        noClasses().that().resideOutsideOfPackage("com.brewski.adapters.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml.jackson..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("com.brewski.adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "com.zaxxer..",
                        "com.github.kagkarlsson..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("com.brewski.adapters.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("io.minio..", "com.itextpdf..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("com.brewski.adapters.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..")
                .check(CLASSES);
    }
}
