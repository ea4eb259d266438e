package nl.kring.store;

import nl.kring.audit.AuditLog;
import nl.kring.vault.Secrets;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The repositories of one unlocked vault. */
public final class Store implements AutoCloseable {
    private final VaultSession session;
    private final PartnerRepository partners;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final DisclosureRepository disclosures;
    private final MatrixRepository matrix;
    private final SettingRepository settings;
    private final SuspectDecisionRepository suspects;
    private final RightsRequestRepository requests;
    private final InzageUnmaskRepository unmasks;
    private final FreeTextRepository freeTexts;
    private final EvaluationRepository evaluations;
    private final DisclosureProposalRepository proposals;
    private final AuditLog audit;

    /**
     * The repositories of an opened vault. The identity index is brought up to date first (issue 17, {@link
     * CaseRepository#ensureIdentityKeys}): it writes only when a case's keys are missing or of another version.
     */
    public Store(VaultSession session) {
        this(session, session.dsl(), null);
        cases.ensureIdentityKeys();
    }

    /** A store whose repositories and audit trail all work through {@code dsl} (the root, or a transaction's). */
    private Store(VaultSession session, DSLContext dsl, AuditLog rootAudit) {
        this.session = session;
        this.partners = new PartnerRepository(dsl);
        this.cases = new CaseRepository(dsl);
        this.meetings = new MeetingRepository(dsl);
        this.disclosures = new DisclosureRepository(dsl, this::audit);
        this.matrix = new MatrixRepository(dsl);
        this.settings = new SettingRepository(dsl);
        this.suspects = new SuspectDecisionRepository(dsl);
        this.requests = new RightsRequestRepository(dsl);
        this.unmasks = new InzageUnmaskRepository(dsl);
        this.freeTexts = new FreeTextRepository(dsl);
        this.evaluations = new EvaluationRepository(dsl);
        this.proposals = new DisclosureProposalRepository(dsl);
        if (rootAudit == null) {
            byte[] auditKey = session.subkey("audit-trail");
            this.audit = new AuditLog(dsl, auditKey);
            Secrets.wipe(auditKey);
        } else {
            this.audit = rootAudit.on(dsl);
        }
    }

    public VaultSession session() {
        return session;
    }

    public PartnerRepository partners() {
        return partners;
    }

    public CaseRepository cases() {
        return cases;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public DisclosureRepository disclosures() {
        return disclosures;
    }

    public MatrixRepository matrix() {
        return matrix;
    }

    public SettingRepository settings() {
        return settings;
    }

    /** The chair's decisions on possible names in meeting minutes. */
    public SuspectDecisionRepository suspects() {
        return suspects;
    }

    /** Requests of the data subject (inzage, correctie, afschrift, vernietiging) per case. */
    public RightsRequestRepository requests() {
        return requests;
    }

    /** The passages of inzage copies the chair chose to show unmasked, with the reasons. */
    public InzageUnmaskRepository unmasks() {
        return unmasks;
    }

    /** The free texts across cases and meetings, for scrubbing a destroyed client's name (retention.CaseEraser). */
    public FreeTextRepository freeTexts() {
        return freeTexts;
    }

    /** Evaluations of a restriction with outcome and motivation (point 5). */
    public EvaluationRepository evaluations() {
        return evaluations;
    }

    /** The disclosure notes proposed after an item and not yet recorded or dropped (issue 15, V16). */
    public DisclosureProposalRepository proposals() {
        return proposals;
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * Runs several repository calls as one transaction: all or nothing. {@code work} gets a store bound to the
     * transaction, so the repositories' own transactions (a case with its relatives, an audit entry with the chain
     * head) nest in it as savepoints instead of committing on their own.
     */
    public void transaction(Consumer<Store> work) {
        session.dsl().transaction(cfg -> work.accept(new Store(session, cfg.dsl(), audit)));
    }

    /** Locks the vault: manifest written, H2 closed, key wiped. */
    @Override
    public void close() throws VaultException {
        session.close();
    }

    /** Database readability plus the audit chain; empty when both hold. */
    public List<String> verify() {
        List<String> problems = new ArrayList<>(session.verifyDatabase());
        if (problems.isEmpty()) {
            problems.addAll(audit.verify());
        }
        return problems;
    }
}
