package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md: arrows point down only, and only the UI knows JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.newsdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("org.newsdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.store..", "org.newsdesk.clip..",
                        "org.newsdesk.export..", "org.newsdesk.workflow..", "org.newsdesk.integrity..",
                        "org.newsdesk.app..", "org.newsdesk.cli..", "org.newsdesk.ui..", "org.newsdesk.feed..")
                .check(classes);
    }

    @Test
    void nothingButTheLauncherUsesTheUiOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.newsdesk.ui..", "org.newsdesk.cli..")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.ui..", "org.newsdesk.cli..")
                .check(classes);
    }

    @Test
    void theUiAndTheCommandLineDoNotUseEachOther() {
        noClasses().that().resideInAPackage("org.newsdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.cli..").check(classes);
        noClasses().that().resideInAPackage("org.newsdesk.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.ui..").check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.newsdesk.store..", "org.newsdesk.clip..", "org.newsdesk.export..",
                        "org.newsdesk.workflow..", "org.newsdesk.integrity..", "org.newsdesk.feed..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.app..", "org.newsdesk.cli..",
                        "org.newsdesk.ui..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.newsdesk.App")
                .check(classes);
        noClasses().that().resideInAPackage("org.newsdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.clip..", "org.newsdesk.export..",
                        "org.newsdesk.workflow..", "org.newsdesk.integrity..", "org.newsdesk.feed..")
                .check(classes);
    }

    @Test
    void theWireDeskReadsFeedsWithoutTheDatabaseOrTheOtherDesks() {
        // feed -> clip only for the clip Fetcher's shared limits; the stores are the app layer's to call
        noClasses().that().resideInAPackage("org.newsdesk.feed..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.store..", "org.newsdesk.export..",
                        "org.newsdesk.workflow..", "org.newsdesk.integrity..", "org.newsdesk.sync..")
                .check(classes);
    }
}
