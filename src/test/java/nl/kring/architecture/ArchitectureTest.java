package nl.kring.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the rules of the domain and the recognition engine free of UI and storage. */
@AnalyzeClasses(packages = "nl.kring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsFreeOfJavaFxAndSql = noClasses().that().resideInAPackage("nl.kring.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..", "nl.kring.store..", "nl.kring.ui..", "nl.kring.vault..");

    @ArchTest
    static final ArchRule pseudonymIsPureJava = noClasses().that().resideInAPackage("nl.kring.pseudonym..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "nl.kring.store..",
                    "nl.kring.ui..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyStoreAuditAndVaultTalkSql = noClasses().that()
            .resideInAnyPackage("nl.kring.ui..", "nl.kring.cli..", "nl.kring.report..", "nl.kring.agenda..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule commandLineNeverLoadsJavaFx = noClasses().that().resideInAPackage("nl.kring.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.kring.ui..");

    /** Packages form layers, not knots: the command line and the UI meet only in Main; audit, store, vault and the
     * generated schema (nl.kring.schema) depend on each other in one direction. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("nl.kring.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("nl.kring.ui..")
            .and().resideInAPackage("nl.kring..").and().doNotHaveFullyQualifiedName("nl.kring.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
