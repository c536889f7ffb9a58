package org.quietline.server.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** train, classify and eval start in a fraction of a second because they never touch Spring. */
class ClassifierCommandsArchitectureTest {

    @Test
    void theClassifierCommandsDoNotStartSpring() {
        JavaClasses cli = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quietline.server.cli");
        noClasses().that().haveSimpleNameStartingWith("Train")
                .or().haveSimpleNameStartingWith("Classify")
                .or().haveSimpleNameStartingWith("Eval")
                .should().transitivelyDependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the classifier commands run as plain Java")
                .check(cli);
    }
}
