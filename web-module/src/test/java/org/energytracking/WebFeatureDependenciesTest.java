package org.energytracking;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/**
 * The web module's features (each holding its resources and Faces beans) lean on each other one way only,
 * and the shared packages (api, portal, gateway) lean on none of them.
 */
class WebFeatureDependenciesTest {

    /** This module's classes only: its features lean on the EJB module's, which has its own test. */
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption((Location location) -> location.contains("/web-module/"))
            .importPackages("org.energytracking");

    @Test
    void noTwoFeaturesDependOnEachOther() {
        assertThat(WEB.contain("org.energytracking.devices.DevicesResource")).as("the web module's classes are read").isTrue();
        slices().matching("org.energytracking.(*)..").should().beFreeOfCycles().check(WEB);
    }
}
