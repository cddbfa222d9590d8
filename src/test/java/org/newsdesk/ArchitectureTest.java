package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of DESIGN.md: ui, cli -> app -> sync, feed, clip, export, integrity, workflow -> store -> model;
 * bench uses app; arrows point down only, only the UI knows JavaFX, and the UI never touches a store.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk");
    }

    private static final String[] MIDDLE = {"Sync", "Feed", "Clip", "Export", "Integrity", "Workflow"};

    private static String[] with(String[] some, String... more) {
        String[] all = java.util.Arrays.copyOf(some, some.length + more.length);
        System.arraycopy(more, 0, all, some.length, more.length);
        return all;
    }

    @Test
    void theLayersOfTheDesignHold() {
        // "Launcher" is the root package: Main, the composition root App, and the file's location and lock.
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("org.newsdesk")
                .layer("UI").definedBy("org.newsdesk.ui..")
                .layer("CLI").definedBy("org.newsdesk.cli..")
                .layer("Bench").definedBy("org.newsdesk.bench..")
                .layer("App").definedBy("org.newsdesk.app..")
                .layer("Sync").definedBy("org.newsdesk.sync..")
                .layer("Feed").definedBy("org.newsdesk.feed..")
                .layer("Clip").definedBy("org.newsdesk.clip..")
                .layer("Export").definedBy("org.newsdesk.export..")
                .layer("Integrity").definedBy("org.newsdesk.integrity..")
                .layer("Workflow").definedBy("org.newsdesk.workflow..")
                .layer("Store").definedBy("org.newsdesk.store..")
                .layer("Model").definedBy("org.newsdesk.model..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("CLI")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI", "Bench")
                .whereLayer("Sync").mayOnlyBeAccessedByLayers(with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Feed").mayOnlyBeAccessedByLayers(with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Clip").mayOnlyBeAccessedByLayers(with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Export").mayOnlyBeAccessedByLayers(
                        with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Integrity").mayOnlyBeAccessedByLayers(
                        with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Workflow").mayOnlyBeAccessedByLayers(
                        with(MIDDLE, "Launcher", "UI", "CLI", "Bench", "App"))
                .whereLayer("Store").mayOnlyBeAccessedByLayers(with(MIDDLE, "Launcher", "CLI", "Bench", "App"))
                .check(classes);
    }

    @Test
    void theUiNeverTouchesAStore() {
        noClasses().that().resideInAPackage("org.newsdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.store..").check(classes);
    }

    @Test
    void onlyTheScreensFactoryAndTheApplicationSeeTheCompositionRoot() {
        noClasses().that().resideInAPackage("org.newsdesk.ui..")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.ui.Screens")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.ui.NewsdeskApplication")
                .and().doNotHaveFullyQualifiedName("org.newsdesk.ui.firstrun.Startup")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.newsdesk.App").check(classes);
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
                        "org.newsdesk.app..", "org.newsdesk.cli..", "org.newsdesk.ui..", "org.newsdesk.bench..",
                        "org.newsdesk.sync..", "org.newsdesk.feed..")
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

    @Test
    void teamSyncSitsBelowTheServicesAndAboveTheStore() {
        noClasses().that().resideInAPackage("org.newsdesk.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.app..", "org.newsdesk.cli..",
                        "org.newsdesk.ui..", "org.newsdesk.bench..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.newsdesk.App")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.newsdesk.store..", "org.newsdesk.model..",
                        "org.newsdesk.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.sync..")
                .check(classes);
    }
}
