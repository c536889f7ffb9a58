package org.quietline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps core a plain-Java domain: no framework, no I/O libraries, no hidden clocks or randomness. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quietline");
    }

    @Test
    void coreUsesNoFrameworkNorIoLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "java.net.http..",
                        "com.fasterxml..", "tools.jackson..", "org.yaml..", "org.jsmpp..", "org.h2..",
                        "org.postgresql..", "org.flywaydb..", "org.slf4j..", "io.micrometer..")
                .because("core holds the domain and every decision; adapters live in smpp and server")
                .check(core);
    }

    @Test
    void coreDoesNotReadTheClockItself() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is injected (InstantSource) so that tests never sleep")
                .check(core);
    }

    @Test
    void coreDoesNotMakeItsOwnRandomness() {
        noClasses().should().callConstructor(Random.class)
                .orShould().callMethod(Math.class, "random")
                .because("randomness is injected and seeded, so that training and tests are repeatable")
                .check(core);
    }

    @Test
    void coreHasNoUtilPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..")
                .because("packages are named by feature")
                .check(core);
    }
}
