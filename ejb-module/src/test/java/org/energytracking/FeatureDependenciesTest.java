package org.energytracking;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features lean on each other one way only: a feature that needs to tell another something fires a CDI
 * event (AccountOpened, SchemaMigrated, SettingChanged) that the other observes, instead of calling it.
 */
class FeatureDependenciesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.energytracking");

    @Test
    void noTwoFeaturesDependOnEachOther() {
        slices().matching("org.energytracking.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
