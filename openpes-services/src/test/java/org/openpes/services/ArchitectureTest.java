package org.openpes.services;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of the service, checked on the compiled classes: the domain is plain Java on core and reference; the
 * application services know the domain and their ports, not PostgreSQL, JDBI, HikariCP or HTTP; no package cycles.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.openpes.services");
    static final String[] DOMAIN = {"org.openpes.services.workflow..", "org.openpes.services.access..",
        "org.openpes.services.people..", "org.openpes.services.patto..", "org.openpes.services.profiling..",
        "org.openpes.services.employers..", "org.openpes.services.vacancies..", "org.openpes.services.events..",
        "org.openpes.services.crisis..", "org.openpes.services.crossborder..", "org.openpes.services.curriculum..",
        "org.openpes.services.partners..", "org.openpes.services.meetings.."};

    @Test
    void theDomainDependsOnlyOnTheJdkCoreAndReference() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.openpes.core..", "org.openpes.reference..",
                        "org.openpes.services.workflow..", "org.openpes.services.access..",
                        "org.openpes.services.people..", "org.openpes.services.patto..",
                        "org.openpes.services.profiling..", "org.openpes.services.employers..",
                        "org.openpes.services.vacancies..", "org.openpes.services.events..",
                        "org.openpes.services.crisis..", "org.openpes.services.crossborder..",
                        "org.openpes.services.curriculum..", "org.openpes.services.partners..",
                        "org.openpes.services.meetings..")
                .check(CLASSES);
    }

    @Test
    void applicationServicesKnowNoDatabaseNoPoolAndNoWeb() {
        noClasses().that().resideInAPackage("org.openpes.services.app..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..", "io.javalin..",
                        "org.openpes.services.pg..", "org.openpes.services.auth..", "org.openpes.services.co..",
                        "org.openpes.observatory..", "org.duckdb..", "org.openpes.services.matching..",
                        "org.openpes.skills..")
                .check(CLASSES);
    }

    @Test
    void adaptersDependInwardNotOnEachOther() {
        noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAPackage("org.openpes.services.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openpes.services.pg..",
                        "org.openpes.services.co..", "org.openpes.services.matching..").check(CLASSES);
        noClasses().that().resideInAPackage("org.openpes.services.auth..").should().dependOnClassesThat()
                .resideInAnyPackage("org.openpes.services.pg..", "org.jdbi..").check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.openpes.services.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
