package nl.kring.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.ChainAgreement;
import nl.kring.domain.Partner;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ClientDocuments;
import nl.kring.report.LetterTexts;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.Validation;
import nl.kring.vault.OutputPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The contents of the ketenovereenkomst (handreiking deel I §6 point 10), kept in the vault's settings: purpose,
 * storage and security, the client's rights, the reporting duty, the coordinator, the date of signing and the
 * partners that signed. From here the chair also prints the information letter for clients and the agreement's
 * summary (point 2 and point 10: available to clients who ask).
 */
public final class ChainAgreementViewModel extends FormState {
    public static final String F_PURPOSE = "agreementPurpose";
    public static final String F_STORAGE = "agreementStorage";
    public static final String F_RIGHTS = "agreementRights";
    public static final String F_REPORTING = "agreementReporting";
    public static final String F_COORDINATOR = "agreementCoordinator";
    public static final String F_SIGNED_ON = "agreementSignedOn";
    public static final String F_SIGNED_BY = "agreementSignedBy";

    /** A partner of the register, ticked when it signed the agreement. */
    public static final class Signatory {
        private final String partnerId;
        private final String label;
        private final BooleanProperty signed = new SimpleBooleanProperty();

        Signatory(String partnerId, String label, boolean signed) {
            this.partnerId = partnerId;
            this.label = label;
            this.signed.set(signed);
        }

        public String partnerId() {
            return partnerId;
        }

        public String label() {
            return label;
        }

        public BooleanProperty signedProperty() {
            return signed;
        }
    }

    /**
     * What the section shows: the stored agreement and the register to tick signatories from; for the unknown-name
     * check (issue 15), the recogniser of the vault, the words judged no name, and the other settings texts of the
     * client documents (the evident-belang wording, the complaints contact).
     */
    record Loaded(ChainAgreement agreement, List<Partner> partners, Recognizer recognizer,
                  Set<String> notNames, List<LetterTexts.Source> others) {
        Loaded(ChainAgreement agreement, List<Partner> partners) {
            this(agreement, partners, null, Set.of(), List.of());
        }
    }

    private final Services services;
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty storage = new SimpleStringProperty("");
    private final StringProperty rights = new SimpleStringProperty("");
    private final StringProperty reporting = new SimpleStringProperty("");
    private final StringProperty coordinatorName = new SimpleStringProperty("");
    private final StringProperty coordinatorFunction = new SimpleStringProperty("");
    private final StringProperty coordinatorContact = new SimpleStringProperty("");
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final ObservableList<Signatory> signatories = FXCollections.observableArrayList();
    /** Ids signed that are no longer in the register: kept as stored, not shown. */
    private List<String> signedElsewhere = List.of();
    /** Issue 15: the unknown-name check of the texts that reach every client. */
    private Recognizer recognizer;
    private Set<String> notNames = Set.of();
    private List<LetterTexts.Source> others = List.of();
    private final ObservableList<LetterTexts.Finding> findings = FXCollections.observableArrayList();
    /** The chair judged the possible names flagged now to be no names of persons (kept on save). */
    private final BooleanProperty notNamesConfirmed = new SimpleBooleanProperty();
    /** The busy flag, the status line and "drop results after the lock". */
    private final ScreenTasks tasks;
    private final StatusMessage status;

    public ChainAgreementViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        super(today);
        this.tasks = new ScreenTasks(executor);
        this.status = tasks.status();
        this.services = services;
        watch(purpose, storage, rights, reporting, coordinatorName, coordinatorFunction, coordinatorContact, signedOn,
                notNamesConfirmed);
    }

    private Loaded read() {
        List<LetterTexts.Source> other = new ArrayList<>(services.settings().letterSources());
        ChainAgreement stored = services.settings().chainAgreement();
        other.removeAll(LetterTexts.sources(stored));
        return new Loaded(stored, services.partners().all(), services.settings().letterRecognizer(),
                services.settings().lettersNotNames(), other);
    }

    public void load() {
        tasks.run(p -> read(), this::show);
    }

    void show(Loaded loaded) {
        ChainAgreement a = loaded.agreement();
        recognizer = loaded.recognizer();
        notNames = loaded.notNames();
        others = loaded.others();
        load(() -> {
            notNamesConfirmed.set(false);
            purpose.set(a.purpose());
            storage.set(a.storage());
            rights.set(a.rights());
            reporting.set(a.reporting());
            coordinatorName.set(orEmpty(a.coordinatorName()));
            coordinatorFunction.set(orEmpty(a.coordinatorFunction()));
            coordinatorContact.set(orEmpty(a.coordinatorContact()));
            signedOn.set(a.signedOn() == null ? "" : Dates.format(a.signedOn()));
            List<Signatory> rows = new ArrayList<>();
            for (Partner p : loaded.partners()) {
                Signatory s = new Signatory(p.id(), p.name(), a.signedBy().contains(p.id()));
                s.signedProperty().addListener((o, was, now) -> changed());
                rows.add(s);
            }
            signatories.setAll(rows);
            signedElsewhere = a.signedBy().stream()
                    .filter(id -> loaded.partners().stream().noneMatch(p -> p.id().equals(id))).toList();
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected void check(Validation v) {
        text(v, F_PURPOSE, purpose.get());
        text(v, F_STORAGE, storage.get());
        text(v, F_RIGHTS, rights.get());
        text(v, F_REPORTING, reporting.get());
        if (coordinatorName.get().length() > TextLimits.NAME || coordinatorFunction.get().length() > TextLimits.NAME
                || coordinatorContact.get().length() > TextLimits.NAME) {
            v.error(F_COORDINATOR, I18n.t("agreement.error.long"));
        } else if (coordinatorName.get().isBlank() && coordinatorFunction.get().isBlank()
                && coordinatorContact.get().isBlank()) {
            v.warning(F_COORDINATOR, I18n.t("agreement.warn.noCoordinator"));
        }
        Dates.Parsed date = Dates.parse(signedOn.get());
        boolean anySigned = signatories.stream().anyMatch(s -> s.signedProperty().get());
        if (date.invalid()) {
            v.error(F_SIGNED_ON, I18n.t("agreement.error.date"));
        } else if (date.date() != null && date.date().isAfter(today.get())) {
            v.error(F_SIGNED_ON, I18n.t("agreement.error.future"));
        } else if (date.date() == null && anySigned) {
            v.warning(F_SIGNED_ON, I18n.t("agreement.warn.noDate"));
        } else if (date.date() == null) {
            v.warning(F_SIGNED_ON, I18n.t("agreement.warn.unsigned"));
        }
        if (date.date() != null && !anySigned) {
            v.warning(F_SIGNED_BY, I18n.t("agreement.warn.noPartners"));
        }
        checkNames(v);
    }

    /**
     * Issue 15: the texts that reach every client pass the unknown-name check as typed. Someone of a case named there
     * is an error on the field (the agreement cannot be saved); a possible name not yet judged is a warning, and the
     * documents are not written until the chair changes the text or judges it no name.
     */
    private void checkNames(Validation v) {
        if (recognizer == null) {
            findings.clear();
            return;
        }
        List<LetterTexts.Finding> found = new ArrayList<>();
        String[][] fields = {{F_PURPOSE, "Doel", purpose.get()}, {F_STORAGE, "Opslag en beveiliging", storage.get()},
                {F_RIGHTS, "Rechten van de cliënt", rights.get()}, {F_REPORTING, "Meldplicht datalekken", reporting.get()},
                {F_COORDINATOR, "Functie van de coördinator", coordinatorFunction.get()},
                {F_COORDINATOR, "Contact van de coördinator", coordinatorContact.get()}};
        for (String[] f : fields) {
            List<LetterTexts.Finding> here = LetterTexts.check(recognizer,
                    List.of(new LetterTexts.Source(f[1], f[2], f[0].equals(F_COORDINATOR)
                            && f[1].startsWith("Contact"))), notNames);
            found.addAll(here);
            here.stream().filter(LetterTexts.Finding::known).findFirst().ifPresentOrElse(
                    k -> v.error(f[0], I18n.t("agreement.names.known", k.text())),
                    () -> here.stream().findFirst().ifPresent(s -> v.warning(f[0], I18n.t("agreement.names.possible",
                            String.join("', '", here.stream().map(LetterTexts.Finding::text).distinct()
                                    .toList())))));
        }
        found.addAll(LetterTexts.check(recognizer, others, notNames));
        findings.setAll(found);
    }

    /** What the unknown-name check flags in the texts as typed, and in the other texts of the client documents. */
    public ObservableList<LetterTexts.Finding> findings() {
        return findings;
    }

    /** Ticked: the possible names flagged now are no names of persons; kept with the next save. */
    public BooleanProperty notNamesConfirmedProperty() {
        return notNamesConfirmed;
    }

    private static void text(Validation v, String field, String value) {
        if (value != null && value.strip().length() > ChainAgreement.MAX_TEXT) {
            v.error(field, I18n.t("agreement.error.length", ChainAgreement.MAX_TEXT));
        } else if (value == null || value.isBlank()) {
            v.warning(field, I18n.t("agreement.warn.default"));
        }
    }

    /** The agreement as typed, or null while a value is wrong. */
    public ChainAgreement toAgreement() {
        if (!isValid()) {
            return null;
        }
        List<String> by = new ArrayList<>();
        signatories.stream().filter(s -> s.signedProperty().get()).map(Signatory::partnerId).forEach(by::add);
        by.addAll(signedElsewhere);
        return new ChainAgreement(purpose.get(), storage.get(), rights.get(), reporting.get(), coordinatorName.get(),
                coordinatorFunction.get(), coordinatorContact.get(), Dates.parse(signedOn.get()).date(), by);
    }

    /** Puts the handreiking's texts back in the four text fields (saved only with "opslaan"). */
    public void restoreDefaults() {
        purpose.set(ChainAgreement.DEFAULT_PURPOSE);
        storage.set(ChainAgreement.DEFAULT_STORAGE);
        rights.set(ChainAgreement.DEFAULT_RIGHTS);
        reporting.set(ChainAgreement.DEFAULT_REPORTING);
    }

    public void save() {
        ChainAgreement agreement = toAgreement();
        if (agreement == null || tasks.isBusy()) {
            return;
        }
        // possible names the chair judged no name (only when no one of a case is named: that must go)
        List<String> judged = notNamesConfirmed.get() && findings.stream().noneMatch(LetterTexts.Finding::known)
                ? findings.stream().map(f -> LetterTexts.key(f.text())).distinct().toList() : List.of();
        tasks.run(p -> {
            services.settings().saveChainAgreement(agreement, judged);
            return read();
        }, saved -> {
            show(saved);
            status.info(I18n.t("agreement.saved"));
        });
    }

    /** Which document the chair prints from this section. */
    public enum Document {
        INFORMATION(ClientDocuments.INFORMATION_FILE),
        AGREEMENT(ClientDocuments.AGREEMENT_FILE);

        private final String fileName;

        Document(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /**
     * Asks {@code chooseFile} for the file (with a suggested name; null: the chair cancelled) and writes the document
     * from the stored settings. Unsaved changes must be saved first: the document shows what the vault holds.
     */
    public void write(Document document, Function<String, Path> chooseFile) {
        if (tasks.isBusy()) {
            return;
        }
        if (dirtyProperty().get()) {
            status.error(I18n.t("agreement.saveFirst"));
            return;
        }
        if (!findings.isEmpty()) {
            // issue 15: nothing goes to a client while a name may be in its texts
            LetterTexts.Finding f = findings.getFirst();
            status.error(I18n.t(f.known() ? "agreement.names.refusedKnown" : "agreement.names.refused", f.field(), f.text()));
            return;
        }
        Path file = chooseFile.apply(document.fileName());
        if (file == null) {
            return;
        }
        if (OutputPaths.problem(file).isPresent()) {
            status.error(I18n.t("agreement.error.outPath"));
            return;
        }
        tasks.run(p -> switch (document) {
            case INFORMATION -> services.outputs().clientInformation(file);
            case AGREEMENT -> services.outputs().chainAgreement(file);
        }, written -> status.info(I18n.t("agreement.written", written.toAbsolutePath())), e -> {
            if (e instanceof IOException) {
                status.error(I18n.t("agreement.error.write"));
            } else {
                status.failed(e);
            }
        });
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty storageProperty() {
        return storage;
    }

    public StringProperty rightsProperty() {
        return rights;
    }

    public StringProperty reportingProperty() {
        return reporting;
    }

    public StringProperty coordinatorNameProperty() {
        return coordinatorName;
    }

    public StringProperty coordinatorFunctionProperty() {
        return coordinatorFunction;
    }

    public StringProperty coordinatorContactProperty() {
        return coordinatorContact;
    }

    public StringProperty signedOnProperty() {
        return signedOn;
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public StringProperty messageProperty() {
        return status.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return status.isErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
