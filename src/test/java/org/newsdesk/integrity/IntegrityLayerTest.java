package org.newsdesk.integrity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The integrity checks stay pure: the JDK, the model, the Markdown parser and the diff library, nothing else. */
@Timeout(60)
class IntegrityLayerTest {
    @Test
    void integrityDependsOnlyOnTheModelAndPlainLibraries() {
        JavaClasses integrity = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk.integrity");
        classes().that().resideInAPackage("org.newsdesk.integrity..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.newsdesk.model..",
                        "org.newsdesk.integrity..", "org.commonmark..", "com.github.difflib..",
                        // the spelling and grammar check, and the JSON its helper process answers in
                        "org.languagetool..", "com.fasterxml.jackson..")
                .check(integrity);
    }
}
