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

    /** Application services (nl.kring.service) are the logic half of the logic/gui split: no JavaFX, no UI, no CLI. */
    @ArchTest
    static final ArchRule servicesAreFreeOfJavaFxAndUi = noClasses().that().resideInAPackage("nl.kring.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.kring.ui..", "nl.kring.cli..");

    /** Writes that have a service go through it (one transaction with the audit entry), not straight to a repository. */
    @ArchTest
    static final ArchRule uiAndCliWriteThroughTheServices = noClasses().that()
            .resideInAnyPackage("nl.kring.ui..", "nl.kring.cli..")
            .should().callMethod(nl.kring.store.CaseRepository.class, "save", nl.kring.domain.CaseFile.class)
            .orShould().callMethod(nl.kring.store.PartnerRepository.class, "save", nl.kring.domain.Partner.class)
            .orShould().callMethod(nl.kring.store.PartnerRepository.class, "delete", String.class)
            .orShould().callMethod(nl.kring.store.MeetingRepository.class, "save", nl.kring.domain.Meeting.class)
            .orShould().callMethod(nl.kring.store.MeetingRepository.class, "reorder", java.time.LocalDate.class,
                    java.util.List.class)
            .orShould().callMethod(nl.kring.store.DisclosureRepository.class, "record", String.class,
                    java.time.LocalDate.class, nl.kring.domain.Disclosure.class)
            .orShould().callMethod(nl.kring.store.DisclosureRepository.class, "correct", long.class,
                    java.time.LocalDate.class, String.class, nl.kring.domain.Disclosure.class)
            .orShould().callMethod(nl.kring.store.DisclosureRepository.class, "withdraw", long.class,
                    java.time.LocalDate.class, String.class, Long.class)
            .orShould().callMethod(nl.kring.store.RightsRequestRepository.class, "extend", long.class, String.class,
                    java.time.LocalDate.class)
            .orShould().callMethod(nl.kring.store.RightsRequestRepository.class, "close", long.class,
                    nl.kring.domain.RequestStatus.class, java.time.LocalDate.class, String.class, java.time.LocalDate.class)
            .orShould().callMethod(nl.kring.store.SuspectDecisionRepository.class, "record", java.time.LocalDate.class,
                    String.class, nl.kring.store.SuspectDecisionRepository.Kind.class, String.class)
            .because("the services write each change with its audit entry in one transaction");

    /** Storage the UI may not touch: the store, the generated schema, jOOQ, SQL and the vault's files and keys. */
    static boolean storage(com.tngtech.archunit.core.domain.JavaClass target) {
        String pkg = target.getPackageName();
        boolean values = target.isRecord() || target.isEnum() || target.isAssignableTo(Throwable.class);
        if (pkg.startsWith("org.jooq") || pkg.startsWith("java.sql") || pkg.startsWith("javax.sql")
                || pkg.startsWith("nl.kring.schema")) {
            return true;
        }
        if (pkg.equals("nl.kring.store") || pkg.equals("nl.kring.audit")) {
            return !values; // the records, enums and refusals the services return are values, not storage
        }
        if (pkg.equals("nl.kring.vault")) {
            // the passphrase rules, wiping a char[], output paths and atomic writes of ordinary files are no vault internals
            return !values && !java.util.Set.of("PassphrasePolicy", "Secrets", "OutputPaths", "AtomicFiles")
                    .contains(target.getEnclosingClass().map(com.tngtech.archunit.core.domain.JavaClass::getSimpleName)
                            .orElse(target.getSimpleName()));
        }
        return false;
    }

    /**
     * The UI reads and writes through the application services ({@code nl.kring.service.Services}); only the
     * composition root ({@code AppContext}, {@code KringApplication}) wires the store and the vault (issue 16).
     */
    @ArchTest
    static final ArchRule uiUsesNoStorage = noClasses().that().resideInAPackage("nl.kring.ui..")
            .and().doNotHaveFullyQualifiedName("nl.kring.ui.AppContext")
            .and().doNotHaveFullyQualifiedName("nl.kring.ui.KringApplication")
            .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>(
                    "are storage (store, schema, jOOQ, SQL, vault internals)") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass target) {
                    return storage(target);
                }
            }).because("the screens read and write through the services; the composition root wires the store");

    /**
     * A whole meeting (every item's rows deleted and inserted anew) is written by the import only; a change made in
     * Kring writes what changed: presence, one item's minutes, the agenda's order (issue 16).
     */
    @ArchTest
    static final ArchRule onlyTheImportWritesWholeMeetings = noClasses().that()
            .resideOutsideOfPackages("nl.kring.interchange..", "nl.kring.store..")
            .should().callMethod(nl.kring.store.MeetingRepository.class, "save", nl.kring.domain.Meeting.class);

    /** A new vault is made in one place, which writes its first audit entry (VAULT_CREATED). */
    @ArchTest
    static final ArchRule vaultsAreCreatedThroughTheVaultService = noClasses().that()
            .resideOutsideOfPackages("nl.kring.service..", "nl.kring.vault..")
            .should().callMethod(nl.kring.vault.Vault.class, "create", java.nio.file.Path.class, char[].class);
}
