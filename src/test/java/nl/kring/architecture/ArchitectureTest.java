package nl.kring.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.RequestStatus;
import nl.kring.store.CaseRepository;
import nl.kring.store.DisclosureRepository;
import nl.kring.store.MeetingRepository;
import nl.kring.store.PartnerRepository;
import nl.kring.store.RightsRequestRepository;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.vault.Vault;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
            .should().callMethod(CaseRepository.class, "save", CaseFile.class)
            .orShould().callMethod(PartnerRepository.class, "save", Partner.class)
            .orShould().callMethod(PartnerRepository.class, "delete", String.class)
            .orShould().callMethod(MeetingRepository.class, "save", Meeting.class)
            .orShould().callMethod(MeetingRepository.class, "reorder", LocalDate.class,
                    List.class)
            .orShould().callMethod(DisclosureRepository.class, "record", String.class,
                    LocalDate.class, Disclosure.class)
            .orShould().callMethod(DisclosureRepository.class, "correct", long.class,
                    LocalDate.class, String.class, Disclosure.class)
            .orShould().callMethod(DisclosureRepository.class, "withdraw", long.class,
                    LocalDate.class, String.class, Long.class)
            .orShould().callMethod(RightsRequestRepository.class, "extend", long.class, String.class,
                    LocalDate.class)
            .orShould().callMethod(RightsRequestRepository.class, "close", long.class,
                    RequestStatus.class, LocalDate.class, String.class, LocalDate.class)
            .orShould().callMethod(SuspectDecisionRepository.class, "record", LocalDate.class,
                    String.class, SuspectDecisionRepository.Kind.class, String.class)
            .because("the services write each change with its audit entry in one transaction");

    /** Storage the UI may not touch: the store, the generated schema, jOOQ, SQL and the vault's files and keys. */
    static boolean storage(JavaClass target) {
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
            return !values && !Set.of("PassphrasePolicy", "Secrets", "OutputPaths", "AtomicFiles")
                    .contains(target.getEnclosingClass().map(JavaClass::getSimpleName)
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
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>(
                    "are storage (store, schema, jOOQ, SQL, vault internals)") {
                @Override
                public boolean test(JavaClass target) {
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
            .should().callMethod(MeetingRepository.class, "save", Meeting.class);

    /** A new vault is made in one place, which writes its first audit entry (VAULT_CREATED). */
    @ArchTest
    static final ArchRule vaultsAreCreatedThroughTheVaultService = noClasses().that()
            .resideOutsideOfPackages("nl.kring.service..", "nl.kring.vault..")
            .should().callMethod(Vault.class, "create", Path.class, char[].class);
}
