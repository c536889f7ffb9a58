package org.quietline.classify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Inference ships without the trainer: a server or a firewall loads a model and never needs training code. */
class ClassifierArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quietline");

    @Test
    void inferenceDoesNotDependOnTraining() {
        noClasses().that().resideInAPackage("org.quietline.classify")
                .should().dependOnClassesThat().resideInAPackage("org.quietline.classify.training..")
                .because("inference needs no training code")
                .check(classes);
    }

    @Test
    void onlyTrainingToolsDependOnTraining() {
        noClasses().that().resideOutsideOfPackage("org.quietline.classify.training..")
                .should().dependOnClassesThat().resideInAPackage("org.quietline.classify.training..")
                .because("the screening engine classifies; it never trains")
                .check(classes);
    }
}
