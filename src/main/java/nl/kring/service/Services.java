package nl.kring.service;

import nl.kring.retention.RetentionService;
import nl.kring.store.Store;
import nl.kring.vault.Secrets;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application services of one unlocked vault: everything the screens read and write goes through these (issue
 * 16; the UI holds no {@link Store}). Built once per unlock by the composition root ({@code ui/AppContext}) and closed
 * at the lock.
 */
public final class Services {
    private final Store store;
    private final CaseService cases;
    private final PartnerService partners;
    private final MeetingService meetings;
    private final DisclosureService disclosures;
    private final DisclosureProposalService proposals;
    private final MatrixService matrix;
    private final RequestService requests;
    private final SettingsService settings;
    private final PresentationService presentation;
    private final AuditService audit;
    private final OutputService outputs;
    private final UnsavedMinutes unsavedMinutes = new UnsavedMinutes();

    public Services(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.cases = new CaseService(store);
        this.partners = new PartnerService(store);
        this.meetings = new MeetingService(store);
        this.disclosures = new DisclosureService(store);
        this.proposals = new DisclosureProposalService(store);
        this.matrix = new MatrixService(store);
        this.requests = new RequestService(store, unsavedMinutes);
        this.settings = new SettingsService(store);
        this.presentation = new PresentationService(store);
        this.audit = new AuditService(store);
        this.outputs = new OutputService(store);
    }

    /** Opens the vault in {@code dir}; the passphrase is wiped, whatever happens. */
    public static Services open(Path dir, char[] passphrase) throws VaultException {
        try {
            return new Services(new Store(Vault.open(dir, passphrase)));
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    /** Creates a new vault in {@code dir}, open (see {@link VaultService#create}); the caller wipes the passphrase. */
    public static Services create(Path dir, char[] passphrase) throws VaultException {
        return new Services(VaultService.create(dir, passphrase, null));
    }

    /**
     * The store itself: for the composition root that wires the screens and for the command line. The UI reads and
     * writes through the services (ArchitectureTest.uiUsesNoStorage).
     */
    public Store store() {
        return store;
    }

    /** Writes the manifest, closes the database and wipes the key: the lock. */
    public void close() throws VaultException {
        store.session().close();
    }

    public CaseService cases() {
        return cases;
    }

    public PartnerService partners() {
        return partners;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public DisclosureService disclosures() {
        return disclosures;
    }

    public DisclosureProposalService proposals() {
        return proposals;
    }

    public MatrixService matrix() {
        return matrix;
    }

    public RequestService requests() {
        return requests;
    }

    public SettingsService settings() {
        return settings;
    }

    public PresentationService presentation() {
        return presentation;
    }

    public AuditService audit() {
        return audit;
    }

    /** The documents and exports made from the vault (PDFs, registers, invitations). */
    public OutputService outputs() {
        return outputs;
    }

    /** Writes a backup of the vault to {@code file} (see {@link VaultService#backup}). */
    public void backup(Path file, LocalDate today) throws VaultException {
        VaultService.backup(store, file, today);
    }

    /** False once the vault was locked (work queued before the lock finds it closed). */
    public boolean isOpen() {
        return store.session().isOpen();
    }

    /** The full integrity check after an unlock: the problems found, empty when the vault is sound. */
    public List<String> verifyAfterUnlock() {
        return VaultService.verifyAfterUnlock(store);
    }

    /** The date of the last backup made from this vault, if any. */
    public Optional<LocalDate> lastBackup() {
        return VaultService.lastBackup(store);
    }

    /** A new passphrase (see {@link VaultService#changePassphrase}); the caller wipes the passphrases. */
    public void changePassphrase(char[] current, char[] next, boolean newKey) throws VaultException {
        VaultService.changePassphrase(store, current, next, newKey);
    }

    /**
     * What is past its retention period, the question at unlock and its postponement (new each time: it holds no
     * state). Purging goes through {@link #purge}, which keeps the rule on unsaved minutes.
     */
    public RetentionService retention() {
        return new RetentionService(store);
    }

    /**
     * Purges what the report lists (see {@link RetentionService#purge}); refused with
     * {@link UnsavedMinutes.DestructionRefused} while a minutes editor holds unsaved minutes.
     */
    public RetentionService.Result purge(RetentionService.Report report) {
        unsavedMinutes.refuseDestruction();
        return retention().purge(report);
    }

    /** Whether a minutes editor of the screens holds unsaved minutes: no case is destroyed meanwhile. */
    public UnsavedMinutes unsavedMinutes() {
        return unsavedMinutes;
    }
}
